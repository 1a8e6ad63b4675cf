/**
 * The ids of the demo sub-account the sandbox is seeded with. `npm start`, the every-operation test,
 * the reliability tables and the benchmark all use these, so a step that refers to an id finds a record.
 * Shaped like HighLevel's own ids (20–24 letters and digits).
 */
export const DEMO = {
  companyId: 'DemoAgency0000000001',
  locationId: 'DemoLocation00000001',
  otherLocationId: 'DemoLocation00000002',
  appId: 'DemoApp0000000000001',
  userId: 'DemoUserOwner0000001',
  secondUserId: 'DemoUserSales0000002',
  contactId: 'DemoContact000000001',
  secondContactId: 'DemoContact000000002',
  taskId: 'DemoTask000000000001',
  noteId: 'DemoNote000000000001',
  tag: 'vip',
  pipelineId: 'DemoPipeline00000001',
  stageIds: { new: 'DemoStageNew00000001', qualified: 'DemoStageQual0000002', won: 'DemoStageWon00000003' },
  opportunityId: 'DemoOpportunity00001',
  lostReasonId: 'DemoLostReason000001',
  calendarGroupId: 'DemoCalGroup00000001',
  calendarId: 'DemoCalendar00000001',
  appointmentId: 'DemoAppointment00001',
  blockSlotId: 'DemoBlockSlot0000001',
  appointmentNoteId: 'DemoApptNote00000001',
  calendarNotificationId: 'DemoCalNotify0000001',
  calendarResourceId: 'DemoRoom000000000001',
  campaignId: 'DemoCampaign00000001',
  workflowId: 'DemoWorkflow00000001',
  customFieldId: 'DemoCustomField00001',
  customFieldKey: 'contact.favorite_color',
  businessId: 'DemoBusiness00000001',
  conversationId: 'DemoConversation0001',
  messageId: 'DemoMessage000000001',
  emailMessageId: 'DemoEmailMessage0001',
  blogId: 'DemoBlog000000000001',
  blogPostId: 'DemoBlogPost00000001',
  blogAuthorId: 'DemoBlogAuthor000001',
  blogCategoryId: 'DemoBlogCategory0001',
  associationId: 'DemoAssociation00001',
  associationKey: 'contact_business',
  relationId: 'DemoRelation00000001',
  snapshotId: 'DemoSnapshot00000001',
} as const;

/** The sandbox's OAuth client (never a real secret). */
export const SANDBOX_CLIENT = { clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret' } as const;
