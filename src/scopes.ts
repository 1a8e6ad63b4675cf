/**
 * The OAuth scopes the app asks for: every scope an operation of the catalog needs
 * (test/scopes.test.ts checks this list against catalog/operations.json).
 */
export const SCOPES = [
  'associations.readonly',
  'associations.write',
  'associations/relation.readonly',
  'associations/relation.write',
  'blogs/author.readonly',
  'blogs/category.readonly',
  'blogs/check-slug.readonly',
  'blogs/list.readonly',
  'blogs/post-update.write',
  'blogs/post.write',
  'blogs/posts.readonly',
  'businesses.readonly',
  'businesses.write',
  'calendars.readonly',
  'calendars.write',
  'calendars/events.readonly',
  'calendars/events.write',
  'calendars/groups.readonly',
  'calendars/groups.write',
  'calendars/resources.readonly',
  'calendars/resources.write',
  'campaigns.readonly',
  'companies.readonly',
  'contacts.readonly',
  'contacts.write',
  'conversations.readonly',
  'conversations/livechat.write',
  'conversations/message.readonly',
  'conversations/message.write',
  'locations.readonly',
  'locations.write',
  'locations/customFields.readonly',
  'opportunities.readonly',
  'opportunities.write',
  'snapshots.readonly',
  'users.readonly',
  'users.write',
  'workflows.readonly',
] as const;

/**
 * The scopes the operations beyond the catalog need (catalog/extensions.json): event triggers, custom objects and
 * values, tags, invoices, orders, payments, media (test/scopes.test.ts checks this list too).
 */
export const EXTENSION_SCOPES = [
  'forms.readonly',
  'invoices.readonly',
  'invoices.write',
  'locations/customValues.readonly',
  'locations/customValues.write',
  'locations/tags.readonly',
  'locations/tags.write',
  'locations/tasks.readonly',
  'medias.write',
  'objects/record.readonly',
  'objects/record.write',
  'objects/schema.readonly',
  'payments/orders.readonly',
  'payments/transactions.readonly',
  'surveys.readonly',
] as const;

/** An agency connection also needs these: listing the sub-accounts the app is installed on, and minting their location tokens. */
export const AGENCY_SCOPES = ['oauth.readonly', 'oauth.write'] as const;

/**
 * Scopes only an agency (Company) token can use: Get Company, List Snapshots, Create Location. A sub-account connection
 * does not request them, so it asks for no more than it can use, and HighLevel cannot refuse its install for a scope
 * a sub-account app may not hold (issue 14.9, highlevel-api-docs #311).
 */
export const AGENCY_ONLY_SCOPES = ['companies.readonly', 'snapshots.readonly', 'locations.write'] as const;

const APP_SCOPES: readonly string[] = [...SCOPES, ...EXTENSION_SCOPES];
const agencyOnly: ReadonlySet<string> = new Set(AGENCY_ONLY_SCOPES);

/** What a sub-account connection requests. */
export const SUB_ACCOUNT_SCOPES: readonly string[] = APP_SCOPES.filter((scope) => !agencyOnly.has(scope));

/** The scopes to request for a connection type. */
export const scopesFor = (userType: 'Location' | 'Company'): readonly string[] => (userType === 'Company' ? [...APP_SCOPES, ...AGENCY_SCOPES] : SUB_ACCOUNT_SCOPES);
