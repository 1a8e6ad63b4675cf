import { errors } from 'zapier-platform-core';
import { createAction } from '../../factories/actions';
import { notificationBody, notificationInputs, notificationOutputFields, notificationSample, notFound } from '../../fields/calendarActions';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** POST /calendars/{calendarId}/notifications: the body is an ARRAY of notifications (one here); so is the answer. */
export default createAction({
  key: 'create_calendar_notification',
  noun: 'Calendar Notification',
  label: 'Create Calendar Notification',
  description: 'Creates a notification of a calendar: a confirmation, reminder, follow-up… sent by email, SMS, WhatsApp or in-app.',
  inputs: inputs(notificationInputs),
  request: (input) => ({ method: 'POST', path: apiPath`/calendars/${input.calendarId}/notifications`, body: [notificationBody(input)] }),
  answersWithList: true,
  result: (response) => {
    const created = (Array.isArray(response) ? response[0] : response) as Record<string, unknown> | undefined;
    if (!created || typeof created !== 'object') throw new errors.Error('HighLevel did not return the created notification.', 'InvalidResponse', 502);
    return { ...created, id: created._id ?? created.id };
  },
  notFoundMessage: (input) => notFound('calendar', input.calendarId),
  sample: notificationSample,
  outputFields: notificationOutputFields,
});
