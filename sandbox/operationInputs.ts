import App from '../index';
import { AGENCY_ONLY_OPERATIONS } from '../src/fields/subAccount';
import { DEMO } from './demo';
import { OBJECTS_DEMO } from './handlers/objects';
import { DEMO_INVOICE_ID, DEMO_INVOICE_NUMBER } from './handlers/commerce';

/**
 * A valid input for every operation of the app, referring to the demo sub-account's records (`DEMO`).
 * Built from each operation's own input fields: a required field gets the demo value for its key, and a few
 * operations get the extra values they need to mean something (an update needs a change, a search a criterion).
 * Used by the every-operation sandbox test, the reliability tables and the benchmark.
 */

export type Kind = 'triggers' | 'creates' | 'searches';
export type Connection = 'subAccount' | 'agency';
export interface OperationCase {
  kind: Kind;
  key: string;
  connection: Connection;
  inputData: Record<string, unknown>;
}

/** Run with an agency connection: the agency-only operations, and the dropdown of the agency's sub-accounts. */
const AGENCY_TOKEN_OPERATIONS = new Set([...AGENCY_ONLY_OPERATIONS, 'dropdown_sub_accounts', 'dropdown_snapshots']);

const IN_A_WEEK = '2026-12-07T15:00:00Z';
const IN_A_WEEK_LATER = '2026-12-07T15:30:00Z';

/** The demo value for an input key, whatever the operation. */
const VALUES: Record<string, unknown> = {
  contactId: DEMO.contactId,
  contactIds: [DEMO.contactId, DEMO.secondContactId],
  contacts: [DEMO.contactId, DEMO.secondContactId],
  taskId: DEMO.taskId,
  userId: DEMO.userId,
  userIds: [DEMO.secondUserId],
  emails: ['owner@demo-agency.example'],
  businessId: DEMO.businessId,
  calendarId: DEMO.calendarId,
  calendarIds: [DEMO.calendarId],
  groupId: DEMO.calendarGroupId,
  eventId: DEMO.appointmentId,
  appointmentId: DEMO.appointmentId,
  notificationId: DEMO.calendarNotificationId,
  resourceType: 'rooms',
  opportunityId: DEMO.opportunityId,
  pipelineId: DEMO.pipelineId,
  pipelineStageId: DEMO.stageIds.qualified,
  campaignId: DEMO.campaignId,
  workflowId: DEMO.workflowId,
  conversationId: DEMO.conversationId,
  messageId: DEMO.messageId,
  associationId: DEMO.associationId,
  keyName: DEMO.associationKey,
  objectKey: 'contact',
  recordId: DEMO.contactId,
  relationId: DEMO.relationId,
  blogId: DEMO.blogId,
  postId: DEMO.blogPostId,
  urlSlug: 'spring-open-house',
  tags: ['newsletter'],
  title: 'Call back about the quote',
  body: 'Asked for a quote for the spring renovation.',
  name: 'Zapier Demo',
  description: 'Created from Zapier.',
  slug: 'zapier-demo-group',
  startTime: IN_A_WEEK,
  endTime: IN_A_WEEK_LATER,
  dueDate: IN_A_WEEK,
  status: 'open',
  visitorId: 'visitor-42',
  isTyping: 'true',
  isActive: 'true',
  firstName: 'Jamie',
  lastName: 'Rivera',
  email: 'jamie.rivera@example.com',
  password: 'Sandbox-Password-1',
  schemaKey: OBJECTS_DEMO.objectKey,
};

/** What an operation needs beyond its required fields (or instead of the demo value for its key). */
const EXTRAS: Record<string, Record<string, unknown>> = {
  get_contact_note: { noteId: DEMO.noteId },
  update_contact_note: { noteId: DEMO.noteId, body: 'Quote sent on Monday.' },
  delete_contact_note: { noteId: DEMO.noteId },
  get_calendar_resource: { id: DEMO.calendarResourceId },
  update_calendar_resource: { id: DEMO.calendarResourceId, name: 'Meeting room B' },
  delete_calendar_resource: { id: DEMO.calendarResourceId },
  create_calendar_resource: { name: 'Meeting room C', quantity: 1, outOfService: 0, capacity: 8 },
  update_appointment_note: { noteId: DEMO.appointmentNoteId, body: 'Bring the samples.' },
  delete_appointment_note: { noteId: DEMO.appointmentNoteId },
  create_appointment_note: { body: 'Customer prefers mornings.' },
  get_email_message: { id: DEMO.emailMessageId },
  find_duplicate_contact: { email: 'alex.morgan@example.com' },
  find_contact: { email: 'alex.morgan@example.com' },
  find_opportunity: { q: 'Kitchen' },
  upsert_contact: { email: 'jamie.rivera@example.com', firstName: 'Jamie' },
  create_contact: { email: 'jamie.rivera@example.com', firstName: 'Jamie', lastName: 'Rivera', tags: ['newsletter'] },
  update_contact: { firstName: 'Alexandra' },
  update_contact_task: { title: 'Call back about the signed quote' },
  create_opportunity: { pipelineStageId: DEMO.stageIds.new, name: 'Bathroom remodel', monetaryValue: 4200 },
  update_opportunity: { monetaryValue: 5100 },
  upsert_opportunity: { contactId: DEMO.contactId, pipelineStageId: DEMO.stageIds.new, name: 'Kitchen renovation' },
  update_opportunity_status: { status: 'won' },
  remove_opportunity_followers: { userIds: [DEMO.secondUserId] },
  create_calendar_group: { slug: 'zapier-demo-group' },
  update_calendar_group: { name: 'Sales team' },
  update_calendar_group_status: { isActive: 'false' },
  validate_calendar_group_slug: { slug: 'a-free-slug' },
  create_calendar: { name: 'Zapier demo calendar', groupId: DEMO.calendarGroupId, slotDuration: 30 },
  update_calendar: { name: 'Consultations (30 min)' },
  create_appointment: { title: 'Consultation' },
  update_appointment: { title: 'Consultation (moved)' },
  create_block_slot: { calendarId: DEMO.calendarId, title: 'Lunch' },
  update_block_slot: { eventId: DEMO.blockSlotId, calendarId: DEMO.calendarId, title: 'Long lunch' },
  list_calendar_events: { calendarId: DEMO.calendarId },
  list_blocked_slots: { calendarId: DEMO.calendarId },
  create_calendar_notification: { receiverType: 'contact', channel: 'email', notificationType: 'booked', subject: 'See you soon' },
  update_calendar_notification: { subject: 'See you very soon' },
  get_free_slots: { startDate: '2026-12-07T00:00:00Z', endDate: '2026-12-08T00:00:00Z', timezone: 'America/New_York' },
  create_user: { type: 'account', role: 'user', email: 'new.hire@example.com' },
  update_user: { firstName: 'Sam' },
  send_message: { type: 'SMS', message: 'Hi Alex, your quote is ready.' },
  update_message_status: { status: 'delivered' },
  update_business: { name: 'Rivera Renovations LLC' },
  bulk_update_contact_tags: { type: 'add', tags: ['newsletter'] },
  bulk_update_contacts_business: { action: 'add', businessId: DEMO.businessId },
  create_association: {
    key: 'contact_vendor',
    firstObjectKey: 'contact',
    firstObjectLabel: 'Contact',
    secondObjectKey: 'business',
    secondObjectLabel: 'Vendor',
  },
  update_association: { firstObjectLabel: 'Customer', secondObjectLabel: 'Company' },
  create_relation: { firstRecordId: DEMO.contactId, secondRecordId: DEMO.businessId },
  create_blog_post: {
    title: 'Spring open house',
    description: 'Join us for our spring open house.',
    rawHTML: '<p>Join us on Saturday.</p>',
    status: 'DRAFT',
    publishedAt: IN_A_WEEK,
    author: DEMO.blogAuthorId,
    categories: [DEMO.blogCategoryId],
    imageUrl: 'https://example.com/open-house.jpg',
    imageAltText: 'Our showroom',
  },
  update_blog_post: { title: 'Spring open house (new date)', rawHTML: '<p>Join us on Saturday, 10 am to 4 pm.</p>' },
  create_location: { name: 'Rivera Renovations – Austin' },
  dropdown_blog_posts: { blogId: DEMO.blogId },
  dropdown_contact_tasks: { contactId: DEMO.contactId },
  dropdown_contact_notes: { contactId: DEMO.contactId },
  dropdown_calendar_notifications: { calendarId: DEMO.calendarId },
  dropdown_calendar_resources: { resourceType: 'rooms' },
  dropdown_appointment_notes: { appointmentId: DEMO.appointmentId },
  // The event triggers (issue 16).
  opportunity_stage_changed: { pipelineId: DEMO.pipelineId },
  opportunity_status_changed: { pipelineId: DEMO.pipelineId },
  updated_contact: { assignedTo: DEMO.userId },
  contact_tag_added: { tag: DEMO.tag },
  new_form_submission: {},
  new_survey_submission: {},
  new_inbound_message: { lastMessageType: 'TYPE_SMS' },
  new_appointment: {},
  appointment_status_changed: { calendarId: DEMO.calendarId },
  new_order: { paymentStatus: 'paid' },
  new_payment: {},
  invoice_paid: { includePartial: 'no' },
  new_task: { assignedTo: DEMO.userId },
  task_completed: {},
  create_custom_object_record: { property_name: 'Max', property_breed: 'beagle', property_weight: '12.5', owner: DEMO.userId },
  update_custom_object_record: { recordId: OBJECTS_DEMO.recordId, property_weight: '32' },
  find_custom_object_record: { query: 'Buddy' },
  create_custom_value: { name: 'Booking Link', value: 'https://rivera.example/book' },
  update_custom_value: { customValueId: OBJECTS_DEMO.customValueId, value: '+1 512 555 0199' },
  find_custom_value: { name: OBJECTS_DEMO.customValueName },
  create_tag: { name: 'spring-promo' },
  find_tag: { name: DEMO.tag },
  create_invoice: { name: 'Bathroom remodel – deposit', currency: 'USD', items: [{ itemName: 'Design consultation', unitPrice: 150, quantity: 2 }], issueDate: '2026-12-01', dueDate: '2026-12-15' },
  send_invoice: { invoiceId: DEMO_INVOICE_ID, action: 'email' },
  record_invoice_payment: { invoiceId: DEMO_INVOICE_ID, mode: 'cash', amount: 100, notes: 'Paid at the showroom' },
  find_invoice: { invoiceNumber: DEMO_INVOICE_NUMBER },
  find_order: { contactId: DEMO.contactId },
  find_user: { email: 'owner@demo-agency.example' },
  find_appointment: { which: 'next', after: '2026-01-01T00:00:00Z' },
  upload_media_file: { fileUrl: 'https://example.com/brochure.pdf', name: 'brochure.pdf' },
  api_request: { method: 'POST', path: '/contacts/search', body: JSON.stringify({ locationId: DEMO.locationId, pageLimit: 5 }) },
};

interface FieldLike {
  key: string;
  required?: boolean;
}
type Operations = Record<string, { key: string; operation: { type?: string; inputFields?: unknown[] } }>;

const staticFields = (operation: { inputFields?: unknown[] }): FieldLike[] =>
  (operation.inputFields ?? []).filter((field): field is FieldLike => typeof field === 'object' && field !== null && 'key' in field);

const inputFor = (key: string, operation: { inputFields?: unknown[] }): Record<string, unknown> => {
  const input: Record<string, unknown> = {};
  const extras = EXTRAS[key] ?? {};
  for (const field of staticFields(operation)) {
    if (!field.required || field.key in extras) continue;
    if (!(field.key in VALUES)) throw new Error(`operationInputs: no demo value for the required input ${field.key} of ${key}`);
    input[field.key] = VALUES[field.key];
  }
  return { ...input, ...extras };
};

const app = App as unknown as Record<Kind, Operations>;

/** Instant triggers (`type: 'hook'`) read the relay's delivery, not HighLevel: test/triggers/instant and test/relay cover them. */
const readsHighLevel = (definition: { operation: { type?: string } }): boolean => definition.operation.type !== 'hook';

export const operationCases: OperationCase[] = (['triggers', 'creates', 'searches'] as const).flatMap((kind) =>
  Object.values(app[kind] ?? {}).filter(readsHighLevel).map((definition) => ({
    kind,
    key: definition.key,
    connection: AGENCY_TOKEN_OPERATIONS.has(definition.key) ? ('agency' as const) : ('subAccount' as const),
    inputData: inputFor(definition.key, definition.operation),
  })),
);

export const caseOf = (key: string): OperationCase => {
  const found = operationCases.find((entry) => entry.key === key);
  if (!found) throw new Error(`operationInputs: no operation ${key}`);
  return { ...found, inputData: structuredClone(found.inputData) };
};
