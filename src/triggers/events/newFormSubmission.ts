import { answerOutputFields, loadSubmissions, SUBMISSION_LIMIT, submissionOutputFields, submissionSample, withSubmissionTimes } from '../../fields/events/submissions';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';
import { eventTrigger } from './eventTrigger';

export default eventTrigger({
  key: 'new_form_submission',
  noun: 'Form Submission',
  label: 'New Form Submission',
  description: `Triggers when a form of the sub-account is submitted (optionally: only this form). ${SUBMISSION_LIMIT}`,
  inputs: inputs({ formId: id({ label: 'Form', helpText: 'Only submissions of this form. Leave empty for every form.', dynamic: 'dropdown_forms.id.name' }) }),
  load: (input, context) => loadSubmissions(context, apiPath`/forms/submissions`, { formId: input.formId }),
  recordIdKey: 'submissionId',
  mapItem: withSubmissionTimes,
  newestFirstBy: 'createdAt',
  sample: { ...submissionSample, formId: 'YSWdvS4Is98wtIDGnpmI' },
  outputFields: [...submissionOutputFields('formId', 'Form'), answerOutputFields],
});
