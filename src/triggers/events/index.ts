import type { Trigger } from 'zapier-platform-core';
import appointmentStatusChanged from './appointmentStatusChanged';
import contactTagAdded from './contactTagAdded';
import invoicePaid from './invoicePaid';
import newAppointment from './newAppointment';
import newFormSubmission from './newFormSubmission';
import newInboundMessage from './newInboundMessage';
import newOrder from './newOrder';
import newPayment from './newPayment';
import newSurveySubmission from './newSurveySubmission';
import newTask from './newTask';
import opportunityStageChanged from './opportunityStageChanged';
import opportunityStatusChanged from './opportunityStatusChanged';
import taskCompleted from './taskCompleted';
import updatedContact from './updatedContact';

/** The event triggers (issue 16): each fires once per event, id = record id + the event's marker. */
export default [
  opportunityStageChanged,
  opportunityStatusChanged,
  updatedContact,
  contactTagAdded,
  newFormSubmission,
  newSurveySubmission,
  newInboundMessage,
  newAppointment,
  appointmentStatusChanged,
  newOrder,
  newPayment,
  invoicePaid,
  newTask,
  taskCompleted,
] satisfies Trigger[];
