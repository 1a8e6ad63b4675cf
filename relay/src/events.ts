import type { RelayEvent } from './contract';

export const RELAY_EVENTS: readonly RelayEvent[] = [
  'ContactCreate',
  'ContactUpdate',
  'ContactTagUpdate',
  'OpportunityStageUpdate',
  'OpportunityStatusUpdate',
  'InboundMessage',
  'AppointmentCreate',
  'AppointmentUpdate',
  'InvoicePaid',
  'OrderCreate',
  'TaskComplete',
];

export const isRelayEvent = (value: unknown): value is RelayEvent => typeof value === 'string' && (RELAY_EVENTS as readonly string[]).includes(value);

type Payload = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * The event type of a webhook: its `type`. HighLevel's documented InvoicePaid example
 * (highlevel-api-docs `docs/webhook events/InvoicePaid.md`) has no `type`: an invoice (`invoiceNumber`) whose
 * `status` is `paid` is taken as InvoicePaid.
 */
export const eventTypeOf = (payload: Payload): string | undefined =>
  text(payload.type) ?? (text(payload.invoiceNumber) && payload.status === 'paid' ? 'InvoicePaid' : undefined);

/**
 * The sub-account of a webhook: `locationId`, else `altId` when `altType` is `location` (invoices and orders carry
 * altId/altType: `docs/webhook events/InvoicePaid.md`, `OrderCreate.md`).
 */
export const locationOf = (payload: Payload): string | undefined =>
  text(payload.locationId) ?? (payload.altType === 'location' ? text(payload.altId) : undefined);

/** HighLevel's app-uninstall event: `{ "type": "UNINSTALL", appId, locationId | companyId }` (`docs/webhook events/AppUninstall.md`). */
export const isUninstall = (payload: Payload): boolean => payload.type === 'UNINSTALL' || payload.type === 'AppUninstall';
