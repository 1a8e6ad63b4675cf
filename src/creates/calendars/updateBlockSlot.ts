import { createAction } from '../../factories/actions';
import { blockSlotBody, blockSlotInputs, blockSlotOutputFields, blockSlotIdInput, blockSlotSample, notFound } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** PUT /calendars/events/block-slots/{eventId} (BlockSlotEditRequestDTO: locationId and the calendar or user required). */
export default createAction({
  key: 'update_block_slot',
  noun: 'Block Slot',
  label: 'Update Block Slot',
  description: 'Updates the time or title of a block slot. The calendar or user it blocks must be given again.',
  inputs: inputs({ eventId: blockSlotIdInput, ...blockSlotInputs }),
  request: ({ eventId, ...changes }, { connection }) => ({
    method: 'PUT',
    path: apiPath`/calendars/events/block-slots/${eventId}`,
    body: { locationId: connection.locationId, ...blockSlotBody(changes) },
  }),
  notFoundMessage: (input) => notFound('block slot', input.eventId),
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
