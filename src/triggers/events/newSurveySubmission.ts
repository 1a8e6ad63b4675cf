import { answerOutputFields, loadSubmissions, SUBMISSION_LIMIT, submissionOutputFields, submissionSample, withSubmissionTimes } from '../../fields/events/submissions';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';
import { eventTrigger } from './eventTrigger';

export default eventTrigger({
  key: 'new_survey_submission',
  noun: 'Survey Submission',
  label: 'New Survey Submission',
  description: `Triggers when a survey of the sub-account is submitted (optionally: only this survey). ${SUBMISSION_LIMIT}`,
  inputs: inputs({ surveyId: id({ label: 'Survey', helpText: 'Only submissions of this survey. Leave empty for every survey.', dynamic: 'dropdown_surveys.id.name' }) }),
  load: (input, context) => loadSubmissions(context, apiPath`/surveys/submissions`, { surveyId: input.surveyId }),
  recordIdKey: 'submissionId',
  mapItem: withSubmissionTimes,
  newestFirstBy: 'createdAt',
  sample: { ...submissionSample, surveyId: 'jjusM6EOngDExnbo2DbU' },
  outputFields: [...submissionOutputFields('surveyId', 'Survey'), answerOutputFields],
});
