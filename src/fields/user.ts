import type { PlainOutputField } from 'zapier-platform-core';
import type { Json } from '../factories/common';
import type { Input } from './kit';
import { choice, email, invalidInput, lazySchema, list, phone, string, url } from './kit';

/** What Users operations share: user types/roles, permission and scope inputs, write inputs, sample, outputs. */

export const USER_TYPES = { account: 'Sub-account user', agency: 'Agency user' } as const;
export const USER_ROLES = { admin: 'Admin', user: 'User' } as const;

export const PLATFORM_LANGUAGES = {
  en_US: 'English (US)',
  es: 'Spanish',
  fr_CA: 'French (Canada)',
  fr_FR: 'French (France)',
  nl: 'Dutch',
  de: 'German',
  pt_PT: 'Portuguese (Portugal)',
  pt_BR: 'Portuguese (Brazil)',
  it: 'Italian',
  sv: 'Swedish',
  da: 'Danish',
  fi: 'Finnish',
  no: 'Norwegian',
} as const;

/** The switches of HighLevel's PermissionsDto, with the labels users read. */
export const USER_PERMISSIONS: Record<string, string> = {
  campaignsEnabled: 'Campaigns',
  campaignsReadOnly: 'Campaigns: read only',
  contactsEnabled: 'Contacts',
  workflowsEnabled: 'Workflows',
  workflowsReadOnly: 'Workflows: read only',
  triggersEnabled: 'Triggers',
  funnelsEnabled: 'Funnels',
  websitesEnabled: 'Websites',
  opportunitiesEnabled: 'Opportunities',
  dashboardStatsEnabled: 'Dashboard stats',
  bulkRequestsEnabled: 'Bulk requests',
  appointmentsEnabled: 'Appointments',
  reviewsEnabled: 'Reviews',
  onlineListingsEnabled: 'Online listings',
  phoneCallEnabled: 'Phone calls',
  conversationsEnabled: 'Conversations',
  assignedDataOnly: 'Only data assigned to the user',
  adwordsReportingEnabled: 'Google Ads reporting',
  membershipEnabled: 'Memberships',
  facebookAdsReportingEnabled: 'Facebook Ads reporting',
  attributionsReportingEnabled: 'Attribution reporting',
  settingsEnabled: 'Settings',
  tagsEnabled: 'Tags',
  leadValueEnabled: 'Lead value',
  marketingEnabled: 'Marketing',
  agentReportingEnabled: 'Agent reporting',
  botService: 'Bot service',
  socialPlanner: 'Social planner',
  bloggingEnabled: 'Blogging',
  invoiceEnabled: 'Invoices',
  affiliateManagerEnabled: 'Affiliate manager',
  contentAiEnabled: 'Content AI',
  refundsEnabled: 'Refunds',
  recordPaymentEnabled: 'Record payments',
  cancelSubscriptionEnabled: 'Cancel subscriptions',
  paymentsEnabled: 'Payments',
  communitiesEnabled: 'Communities',
  exportPaymentsEnabled: 'Export payments',
};

/** The scopes a user can be given (CreateUserDto/UpdateUserDto `scopes` enum). */
export const USER_SCOPES: readonly string[] = [
  'campaigns.readonly', 'campaigns.write', 'calendars.readonly', 'calendars/events.write', 'calendars/groups.write',
  'calendars.write', 'contacts.write', 'contacts/bulkActions.write', 'workflows.readonly', 'workflows.write', 'triggers.write',
  'funnels.write', 'forms.write', 'surveys.write', 'quizzes.write', 'websites.write', 'medias.write', 'medias.readonly',
  'opportunities.write', 'opportunities/leadValue.readonly', 'opportunities/bulkActions.write', 'reporting/phone.readonly',
  'reporting/adwords.readonly', 'reporting/facebookAds.readonly', 'reporting/attributions.readonly',
  'prospecting/auditReport.write', 'reporting/reports.readonly', 'reporting/agent.readonly', 'reporting/reports.write',
  'reporting/stats.export', 'payments.write', 'payments/records.write', 'payments/orders.readonly', 'payments/orders.export',
  'payments/orders.import', 'payments/orders.collectPayment', 'payments/subscriptions.readonly', 'payments/subscriptions.write',
  'payments/subscriptions.update', 'payments/subscriptions.export', 'payments/subscriptions.pauseResumeCancel',
  'payments/subscriptions.sharePaymentMethod', 'payments/transactions.readonly', 'payments/transactions.export',
  'payments/transactions.import', 'payments/transactions.refund', 'payments/transactions.viewReceipts',
  'payments/taxesSettings.readonly', 'payments/settings.readonly', 'payments/taxesSettings.updateInclusiveExclusive',
  'payments/taxesSettings.manageRates', 'payments/taxesSettings.configureAutomatic', 'products.readonly', 'products.write',
  'products.delete', 'products.duplicate', 'products.bulkActions', 'payments/settings.write',
  'payments/settings.configureReceipt', 'payments/settings.configureSubscription', 'invoices.write', 'invoices.readonly',
  'invoices/schedule.readonly', 'invoices/schedule.write', 'invoices/template.readonly', 'invoices/template.write',
  'reputation/review.write', 'reputation/listing.write', 'reputation/reviewsAIAgents.write', 'reputation/gbp.write',
  'conversations.write', 'conversations.readonly', 'conversations/message.readonly', 'conversations/message.write',
  'contentAI.write', 'dashboard/stats.readonly', 'locations/tags.write', 'locations/tags.readonly', 'marketing.write',
  'eliza.write', 'settings.write', 'socialplanner/post.write', 'socialplanner/account.readonly', 'socialplanner/account.write',
  'socialplanner/category.readonly', 'socialplanner/category.write', 'socialplanner/csv.readonly', 'socialplanner/csv.write',
  'socialplanner/group.write', 'socialplanner/hashtag.readonly', 'socialplanner/hashtag.write', 'socialplanner/oauth.readonly',
  'socialplanner/oauth.write', 'socialplanner/post.readonly', 'socialplanner/recurring.readonly',
  'socialplanner/recurring.write', 'socialplanner/review.readonly', 'socialplanner/review.write', 'socialplanner/rss.readonly',
  'socialplanner/rss.write', 'socialplanner/search.readonly', 'socialplanner/setting.readonly', 'socialplanner/setting.write',
  'socialplanner/stat.readonly', 'socialplanner/tag.readonly', 'socialplanner/tag.write', 'socialplanner/filters.readonly',
  'socialplanner/medias.readonly', 'socialplanner/medias.write', 'socialplanner/watermarks.readonly',
  'socialplanner/watermarks.write', 'socialplanner/metatag.readonly', 'socialplanner/facebook.readonly',
  'socialplanner/linkedin.readonly', 'socialplanner/twitter.readonly', 'socialplanner/notification.readonly',
  'socialplanner/notification.write', 'socialplanner/snapshot.readonly', 'socialplanner/snapshot.write',
  'marketing/affiliate.write', 'blogs.write', 'membership.write', 'communities.write', 'gokollab.write', 'certificates.write',
  'certificates.readonly', 'adPublishing.write', 'adPublishing.readonly', 'prospecting.write', 'prospecting.readonly',
  'prospecting/reports.readonly', 'private-integration-location.readonly', 'private-integration-location.write',
  'private-integration-company.readonly', 'private-integration-company.write', 'native-integrations.readonly',
  'native-integrations.write', 'wordpress.write', 'wordpress.read', 'custom-menu-link.write', 'qrcodes.write',
  'users/team-management.write', 'users/team-management.readonly', 'loginas.write', 'users-sso-login-management.write',
  'users-sso-login-management.readonly', 'sso-config.write', 'snapshots/api.readonly', 'snapshots/api.create',
  'snapshots/api.edit', 'snapshots/api.push', 'snapshots/api.refresh', 'snapshots/api.share', 'snapshots/api.delete',
  'internaltools.location-transfer.write', 'internaltools.location-transfer.readonly', 'affiliateportal.write',
  'affiliateportal.readonly', 'companies.write', 'internaltools.billing.write', 'internaltools.billing.readonly',
  'internaltools.billing-common.readonly', 'internaltools.billing-common.write', 'voice-ai-agents.write',
  'voice-ai-agents.readonly', 'voice-ai-common.readonly', 'voice-ai-common.write', 'voice-ai-agent-goals.readonly',
  'voice-ai-agent-goals.write', 'voice-ai-dashboard.readonly', 'agency/launchpad.write', 'agency/launchpad.readonly',
  'launchpad/location.write', 'launchpad/location.readonly', 'text-ai-agents.write', 'text-ai-agent-goals.readonly',
  'text-ai-agent-goals.write', 'text-ai-agent-training.write', 'text-ai-agents-dashboard.readonly', 'locations.create',
  'locations.delete', 'locations.export.list', 'locations.features-limits.manage', 'locations.pause-resume',
  'locations.agency-subaccounts.manage', 'locations.billing.manage', 'locations.details.manage', 'audit-logs.readonly',
  'audit-logs.export',
];

const asChoices = (values: readonly string[]) => Object.fromEntries(values.map((value) => [value, value]));

/** A password input: a string field that Zapier masks. */
const password = <O extends { label: string; helpText?: string; required?: boolean }>(options: O) => {
  const input = string(options);
  return { ...input, field: { ...input.field, type: 'password' } } as typeof input;
};

/** One of many known values; a refusal names the form with an example instead of listing every value. */
const oneOf = (label: string, values: readonly string[], form: string): Input<string, false> => {
  const base = string({ label });
  const known = new Set(values);
  return {
    ...base,
    schema: lazySchema((zod) => base.schema.get().pipe(zod.string().refine((value) => known.has(value), { error: `expected ${form}` }))),
    kind: { kind: 'choice' },
  };
};

const permissionChoice = oneOf('Permission', Object.keys(USER_PERMISSIONS), 'a permission key such as contactsEnabled (choose from the list)');

/** Inputs shared by Create User and Update User (HighLevel's CreateUserDto / UpdateUserDto). */
export const userWriteInputs = {
  firstName: string({ label: 'First Name' }),
  lastName: string({ label: 'Last Name' }),
  password: password({ label: 'Password', helpText: 'The password the user signs in with.' }),
  phone: phone({ label: 'Phone', helpText: 'In international form, such as +1 555 123 4567.' }),
  type: choice({ label: 'User Type', helpText: 'Sub-account users work in this sub-account; agency users need an agency connection.', values: USER_TYPES }),
  role: choice({ label: 'Role', helpText: 'Admins can manage the sub-account settings; users cannot.', values: USER_ROLES }),
  permissionsOn: list(permissionChoice, {
    label: 'Permissions to Turn On',
    helpText:
      'Features the user may use. Sent with Permissions to Turn Off as one permission set, which replaces the user’s set on an update: HighLevel may reset permissions listed in neither to their defaults. Leave both empty to keep the current permissions.',
    choices: USER_PERMISSIONS,
  }),
  permissionsOff: list(permissionChoice, {
    label: 'Permissions to Turn Off',
    helpText:
      'Features the user may not use. Sent with Permissions to Turn On as one permission set, which replaces the user’s set on an update. Leave both empty to keep the current permissions.',
    choices: USER_PERMISSIONS,
  }),
  scopes: list(oneOf('Scope', USER_SCOPES, 'a HighLevel scope such as contacts.write (choose from the list)'), {
    label: 'Scopes',
    helpText:
      'Only the scopes chosen here are enabled for the user (such as contacts.write): on an update they replace the user’s current scopes. Leave empty to keep the default (or current) scopes.',
    choices: asChoices(USER_SCOPES),
  }),
  profilePhoto: url({ label: 'Profile Photo URL', helpText: 'A web address of an image, such as `https://example.com/photo.png`.' }),
  platformLanguage: choice({ label: 'Platform Language', values: PLATFORM_LANGUAGES }),
};

export const userEmail = (options: { required?: boolean } = {}) => email({ label: 'Email', helpText: 'The email address the user signs in with.', ...options });

type WriteInput = { permissionsOn?: string[]; permissionsOff?: string[] } & Json;

/**
 * A user write body: the mapped fields as they are, and the two permission lists folded into HighLevel's
 * `permissions` object (`{contactsEnabled: true, refundsEnabled: false}`). Nothing unmapped is sent.
 */
export const userBody = ({ permissionsOn, permissionsOff, ...rest }: WriteInput): Json => {
  const both = (permissionsOn ?? []).filter((key) => (permissionsOff ?? []).includes(key));
  if (both.length) {
    throw invalidInput([`${both.map((key) => USER_PERMISSIONS[key] ?? key).join(', ')}: a permission cannot be turned on (permissionsOn) and off (permissionsOff) at once.`]);
  }
  const permissions = {
    ...Object.fromEntries((permissionsOn ?? []).map((key) => [key, true])),
    ...Object.fromEntries((permissionsOff ?? []).map((key) => [key, false])),
  };
  return { ...rest, ...(Object.keys(permissions).length ? { permissions } : {}) };
};

/** Query of GET /users/search for the connection's sub-account, newest first. */
export const userSearchQuery = (companyId: string, locationId: string, filters: Json = {}) => ({
  companyId,
  locationId,
  ...filters,
  sort: 'dateAdded',
  sortDirection: 'desc',
  skip: '0',
  limit: '100',
});

/** A display name when HighLevel leaves `name` empty. */
export const withUserName = (user: Json): Json => ({
  ...user,
  name: user.name || [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email,
});

export const userSample = {
  id: '0IHuJvc2ofPAAA8GzTRi',
  name: 'John Deo',
  firstName: 'John',
  lastName: 'Deo',
  email: 'john@deo.com',
  phone: '+18088688888',
  extension: '',
  permissions: { campaignsEnabled: true, contactsEnabled: true, opportunitiesEnabled: true, appointmentsEnabled: true, settingsEnabled: false },
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: true },
  deleted: false,
  platformLanguage: 'en_US',
};

export const userOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'User ID' },
  { key: 'name', label: 'Full Name' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'extension', label: 'Phone Extension' },
  { key: 'roles__type', label: 'User Type' },
  { key: 'roles__role', label: 'Role' },
  { key: 'roles__locationIds', label: 'Sub-accounts', list: true },
  { key: 'roles__restrictSubAccount', label: 'Restricted to Sub-accounts', type: 'boolean' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'platformLanguage', label: 'Platform Language' },
];

export const notFoundUser = (input: { userId?: string }) => `User ${input.userId ?? ''} was not found in HighLevel. It may have been deleted already.`;
