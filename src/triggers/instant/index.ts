import type { InstantTrigger } from './factory';
import { appointmentUpdatedInstant, newAppointmentInstant } from './appointments';
import { invoicePaidInstant, newOrderInstant } from './commerce';
import { contactTagAddedInstant, newContactInstant, updatedContactInstant } from './contacts';
import { newInboundMessageInstant } from './conversations';
import { opportunityStageChangedInstant, opportunityStatusChangedInstant } from './opportunities';
import { taskCompletedInstant } from './tasks';

export { withTwins } from './factory';

/** The 11 instant triggers (catalog/extensions.json, group `instant`), fed by the webhook relay (relay/). */
export const instantTriggers: readonly InstantTrigger[] = [
  newContactInstant,
  updatedContactInstant,
  contactTagAddedInstant,
  opportunityStageChangedInstant,
  opportunityStatusChangedInstant,
  newInboundMessageInstant,
  newAppointmentInstant,
  appointmentUpdatedInstant,
  invoicePaidInstant,
  newOrderInstant,
  taskCompletedInstant,
];
