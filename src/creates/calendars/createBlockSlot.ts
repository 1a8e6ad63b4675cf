import { createAction } from '../../factories/actions';
import { blockSlotBody, blockSlotInputs, blockSlotOutputFields, blockSlotSample, eventTime } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/events/block-slots (BlockSlotCreateRequestDTO) on a calendar or a user. */
export default createAction({
  key: 'create_block_slot',
  noun: 'Block Slot',
  label: 'Create Block Slot',
  description: 'Creates a block slot: time on a calendar or a user that cannot be booked.',
  inputs: inputs({
    ...blockSlotInputs,
    startTime: eventTime({ label: 'Start Time', required: true, helpText: blockSlotInputs.startTime.field.helpText }),
    endTime: eventTime({ label: 'End Time', required: true, helpText: blockSlotInputs.endTime.field.helpText }),
  }),
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/calendars/events/block-slots`,
    body: { locationId: connection.locationId, ...blockSlotBody(input) },
  }),
  sample: blockSlotSample,
  outputFields: blockSlotOutputFields,
});
