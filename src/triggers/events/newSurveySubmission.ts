import { apiPath } from '../../http/path';
import { submissionTrigger } from './submissionTrigger';

export default submissionTrigger({
  key: 'new_survey_submission',
  noun: 'Survey',
  path: apiPath`/surveys/submissions`,
  dropdown: 'dropdown_surveys',
  sampleParentId: 'jjusM6EOngDExnbo2DbU',
});
