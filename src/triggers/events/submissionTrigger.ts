import { answerOutputFields, loadSubmissions, SUBMISSION_LIMIT, submissionOutputFields, submissionSample, withSubmissionTimes } from '../../fields/events/submissions';
import { id, inputs } from '../../fields/kit';
import type { ApiPath } from '../../http/path';
import { eventTrigger } from './eventTrigger';

interface SubmissionKind {
  key: string;
  /** `Form` or `Survey`. */
  noun: 'Form' | 'Survey';
  path: ApiPath;
  dropdown: string;
  sampleParentId: string;
}

/** New Form Submission and New Survey Submission: the same list shape, filter and answers, on two endpoints. */
export const submissionTrigger = ({ key, noun, path, dropdown, sampleParentId }: SubmissionKind) => {
  const parent = noun === 'Form' ? 'formId' : 'surveyId';
  const lower = noun.toLowerCase();
  return eventTrigger({
    key,
    noun: `${noun} Submission`,
    label: `New ${noun} Submission`,
    description: `Triggers when a ${lower} of the sub-account is submitted (optionally: only this ${lower}).`,
    inputs: inputs({ [parent]: id({ label: noun, helpText: `Only submissions of this ${lower}. Leave empty for every ${lower}. ${SUBMISSION_LIMIT}`, dynamic: `${dropdown}.id.name` }) }),
    load: (input, context) => loadSubmissions(context, path, { [parent]: input[parent] }),
    recordIdKey: 'submissionId',
    mapItem: withSubmissionTimes,
    newestFirstBy: 'createdAt',
    sample: { ...submissionSample, [parent]: sampleParentId },
    outputFields: [...submissionOutputFields(parent, noun), answerOutputFields],
  });
};
