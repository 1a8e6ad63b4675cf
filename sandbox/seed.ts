import { DEMO } from './demo';
import { Store } from './store';

/** The demo sub-account every sandbox starts with: the records `DEMO` names, linked the way HighLevel links them. */

export const DEMO_APPOINTMENT_START = '2026-12-08T15:00:00.000Z';

export const seededStore = (): Store => {
  const store = new Store();
  const locationId = DEMO.locationId;
  const add = (collection: string, records: Array<Record<string, unknown>>) => records.forEach((record) => store.insert(collection, record));

  add('companies', [{ id: DEMO.companyId, name: 'Demo Agency', email: 'owner@demo-agency.example', phone: '+15125550100', country: 'US' }]);
  add('locations', [
    { id: DEMO.locationId, companyId: DEMO.companyId, name: 'Rivera Renovations', email: 'hello@rivera.example', phone: '+15125550101', city: 'Austin', state: 'TX', country: 'US', timezone: 'America/Chicago' },
    { id: DEMO.otherLocationId, companyId: DEMO.companyId, name: 'Rivera Renovations – Dallas', email: 'dallas@rivera.example', city: 'Dallas', state: 'TX', country: 'US', timezone: 'America/Chicago' },
  ]);
  const roles = { type: 'account', role: 'admin', locationIds: [locationId] };
  add('users', [
    { id: DEMO.userId, name: 'Morgan Owner', firstName: 'Morgan', lastName: 'Owner', email: 'owner@demo-agency.example', phone: '+15125550102', companyId: DEMO.companyId, roles },
    { id: DEMO.secondUserId, name: 'Sam Sales', firstName: 'Sam', lastName: 'Sales', email: 'sam.sales@demo-agency.example', companyId: DEMO.companyId, roles: { ...roles, role: 'user' } },
  ]);
  add('customFields', [
    { id: DEMO.customFieldId, name: 'Favorite color', fieldKey: DEMO.customFieldKey, dataType: 'TEXT', model: 'contact', locationId, position: 0 },
  ]);
  add('businesses', [{ id: DEMO.businessId, name: 'Rivera Renovations LLC', locationId, phone: '+15125550103', email: 'office@rivera.example', city: 'Austin', country: 'US' }]);
  add('contacts', [
    {
      id: DEMO.secondContactId, locationId, firstName: 'Riley', lastName: 'Chen', name: 'Riley Chen', email: 'riley.chen@example.com', phone: '+15125550105',
      tags: [], businessId: DEMO.businessId, source: 'sandbox', customFields: [], followers: [], type: 'lead',
    },
    {
      id: DEMO.contactId, locationId, firstName: 'Alex', lastName: 'Morgan', name: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '+15125550104',
      tags: [DEMO.tag], assignedTo: DEMO.userId, source: 'sandbox', customFields: [{ id: DEMO.customFieldId, value: 'green' }], followers: [DEMO.userId], type: 'lead',
    },
  ]);
  add('tags', [
    { id: 'DemoTagVip0000000001', name: DEMO.tag, locationId },
    { id: 'DemoTagNewsletter001', name: 'newsletter', locationId },
  ]);
  add('tasks', [{ id: DEMO.taskId, contactId: DEMO.contactId, title: 'Send the quote', body: 'Kitchen renovation quote', dueDate: '2026-12-01T15:00:00.000Z', completed: false, assignedTo: DEMO.userId }]);
  add('notes', [{ id: DEMO.noteId, contactId: DEMO.contactId, body: 'Wants the kitchen done before spring.', userId: DEMO.userId }]);
  add('pipelines', [
    {
      id: DEMO.pipelineId, name: 'Sales Pipeline', locationId,
      stages: [
        { id: DEMO.stageIds.new, name: 'New Lead', position: 0 },
        { id: DEMO.stageIds.qualified, name: 'Qualified', position: 1 },
        { id: DEMO.stageIds.won, name: 'Won', position: 2 },
      ],
    },
  ]);
  add('lostReasons', [{ id: DEMO.lostReasonId, name: 'Went with a competitor', locationId }]);
  add('opportunities', [
    {
      id: DEMO.opportunityId, name: 'Kitchen renovation', locationId, pipelineId: DEMO.pipelineId, pipelineStageId: DEMO.stageIds.new, status: 'open',
      monetaryValue: 12000, contactId: DEMO.contactId, assignedTo: DEMO.userId, source: 'sandbox', followers: [],
    },
  ]);
  add('groups', [{ id: DEMO.calendarGroupId, name: 'Consultations', slug: 'consultations', description: 'Home visits', locationId, isActive: true }]);
  add('calendars', [
    {
      id: DEMO.calendarId, name: 'Kitchen consultations', locationId, groupId: DEMO.calendarGroupId, slug: 'kitchen-consultations', slotDuration: 30,
      slotDurationUnit: 'mins', calendarType: 'round_robin', isActive: true, teamMembers: [{ userId: DEMO.userId, priority: 0.5 }],
    },
  ]);
  add('events', [
    {
      id: DEMO.appointmentId, calendarId: DEMO.calendarId, locationId, contactId: DEMO.contactId, title: 'Kitchen measurements', appointmentStatus: 'confirmed',
      startTime: DEMO_APPOINTMENT_START, endTime: '2026-12-08T15:30:00.000Z', assignedUserId: DEMO.userId,
    },
  ]);
  add('blockSlots', [
    { id: DEMO.blockSlotId, calendarId: DEMO.calendarId, locationId, title: 'Team meeting', startTime: '2026-12-09T17:00:00.000Z', endTime: '2026-12-09T18:00:00.000Z', assignedUserId: DEMO.userId },
  ]);
  add('notes', [{ id: DEMO.appointmentNoteId, appointmentId: DEMO.appointmentId, body: 'Bring the tile samples.', createdBy: DEMO.userId }]);
  add('notifications', [
    { id: DEMO.calendarNotificationId, calendarId: DEMO.calendarId, receiverType: 'contact', channel: 'email', notificationType: 'booked', isActive: true, subject: 'Your consultation is booked' },
  ]);
  add('resources', [
    { id: DEMO.calendarResourceId, locationId, name: 'Meeting room A', resourceType: 'rooms', isActive: true, quantity: 1, outOfService: 0, capacity: 6, calendarIds: [DEMO.calendarId] },
  ]);
  add('campaigns', [{ id: DEMO.campaignId, name: 'Spring promotion', status: 'published', locationId }]);
  add('workflows', [{ id: DEMO.workflowId, name: 'New lead follow-up', status: 'published', version: 2, locationId }]);
  add('conversations', [
    {
      id: DEMO.conversationId, contactId: DEMO.contactId, locationId, type: 'TYPE_PHONE', unreadCount: 1, inbox: true, starred: false, deleted: false,
      assignedTo: DEMO.userId, fullName: 'Alex Morgan', contactName: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '+15125550104',
      lastMessageBody: 'Can you come on Tuesday?', lastMessageType: 'TYPE_SMS',
    },
  ]);
  add('messages', [
    {
      id: DEMO.messageId, conversationId: DEMO.conversationId, contactId: DEMO.contactId, locationId, type: 2, messageType: 'TYPE_SMS',
      body: 'Can you come on Tuesday?', direction: 'inbound', status: 'delivered', contentType: 'text/plain', attachments: [],
    },
  ]);
  add('emails', [
    {
      id: DEMO.emailMessageId, altId: 'demo-email-alt', threadId: DEMO.messageId, conversationId: DEMO.conversationId, contactId: DEMO.contactId, locationId,
      subject: 'Your quote', body: '<p>Please find the quote attached.</p>', direction: 'outbound', status: 'delivered', contentType: 'text/html', from: 'hello@rivera.example', to: ['alex.morgan@example.com'],
    },
  ]);
  add('sites', [{ id: DEMO.blogId, name: 'Rivera Renovations blog', locationId }]);
  add('authors', [{ id: DEMO.blogAuthorId, name: 'Morgan Owner', locationId }]);
  add('categories', [{ id: DEMO.blogCategoryId, label: 'Kitchens', urlSlug: 'kitchens', locationId }]);
  add('posts', [
    {
      id: DEMO.blogPostId, blogId: DEMO.blogId, locationId, title: 'Five kitchen trends', urlSlug: 'five-kitchen-trends', status: 'PUBLISHED',
      author: DEMO.blogAuthorId, categories: [DEMO.blogCategoryId], description: 'What our customers ask for.', publishedAt: '2026-01-02T10:00:00.000Z',
      imageUrl: 'https://images.example.com/kitchen-trends.jpg', imageAltText: 'A bright kitchen with an island', rawHTML: '<p>Islands, warm woods and open shelves.</p>',
    },
  ]);
  add('associations', [
    {
      id: DEMO.associationId, key: DEMO.associationKey, locationId, firstObjectKey: 'contact', firstObjectLabel: 'Contact', secondObjectKey: 'business',
      secondObjectLabel: 'Business', associationType: 'USER_DEFINED',
    },
  ]);
  add('relations', [{ id: DEMO.relationId, associationId: DEMO.associationId, firstRecordId: DEMO.contactId, secondRecordId: DEMO.businessId, locationId }]);
  add('snapshots', [{ id: DEMO.snapshotId, name: 'Home services starter', type: 'own', companyId: DEMO.companyId }]);
  return store;
};
