import { createAction } from '../../factories/actions';
import {
  contactWorkflowInputs,
  contactWorkflowNotFound,
  eventStartTimeInput,
  workflowMembershipOutputFields,
  workflowMembershipResult,
} from '../../fields/business';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /contacts/{contactId}/workflow/{workflowId}: the spec requires a JSON body, `{}` when no start time is given. */
export default createAction({
  key: 'add_contact_to_workflow',
  noun: 'Workflow Enrollment',
  label: 'Add Contact to Workflow',
  description: 'Adds a contact to a workflow, optionally with the event start time the workflow counts from.',
  inputs: inputs({ ...contactWorkflowInputs, eventStartTime: eventStartTimeInput }),
  request: (input) => ({
    method: 'POST',
    path: apiPath`/contacts/${input.contactId}/workflow/${input.workflowId}`,
    body: input.eventStartTime ? { eventStartTime: input.eventStartTime } : {},
  }),
  result: (response, input) => ({
    ...workflowMembershipResult(response, input),
    ...(input.eventStartTime ? { eventStartTime: input.eventStartTime } : {}),
  }),
  notFoundMessage: contactWorkflowNotFound,
  sample: { contactId: 'sx6wyHhbFdRXh302LLNR', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', succeeded: true, eventStartTime: '2026-06-23T02:30:00.000Z' },
  outputFields: [...workflowMembershipOutputFields, { key: 'eventStartTime', label: 'Event Start Time', type: 'datetime' }],
});
