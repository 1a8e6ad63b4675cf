import { createAction } from '../../factories/actions';
import { contactWorkflowInputs, contactWorkflowNotFound, workflowMembershipOutputFields, workflowMembershipResult } from '../../fields/business';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** DELETE /contacts/{contactId}/workflow/{workflowId}: the spec requires a JSON body, so `{}` is sent. */
export default createAction({
  key: 'remove_contact_from_workflow',
  noun: 'Workflow Enrollment',
  label: 'Remove from Workflow',
  description: 'Removes a contact from a workflow, stopping the steps still waiting for them.',
  inputs: inputs(contactWorkflowInputs),
  request: (input) => ({
    method: 'DELETE',
    path: apiPath`/contacts/${input.contactId}/workflow/${input.workflowId}`,
    body: {},
  }),
  result: (response, input) => ({ ...workflowMembershipResult(response, input), removed: true }),
  notFoundMessage: contactWorkflowNotFound,
  sample: { contactId: 'sx6wyHhbFdRXh302LLNR', workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9', succeeded: true, removed: true },
  outputFields: [...workflowMembershipOutputFields, { key: 'removed', label: 'Removed', type: 'boolean' }],
});
