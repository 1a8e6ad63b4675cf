import { apiPath } from '../../http/path';
import { submissionTrigger } from './submissionTrigger';

export default submissionTrigger({
  key: 'new_form_submission',
  noun: 'Form',
  path: apiPath`/forms/submissions`,
  dropdown: 'dropdown_forms',
  sampleParentId: 'YSWdvS4Is98wtIDGnpmI',
});
