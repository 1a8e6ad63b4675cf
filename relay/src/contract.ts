/**
 * What the Zapier app and the relay agree on. The app imports these as types only (the relay shares nothing else
 * with it); the header names and the signed text are restated in `src/http/relay.ts` and checked end to end.
 */

/** HighLevel webhook event types the relay fans out (names as in HighLevel's `docs/webhook events/*.md`). */
export type RelayEvent =
  | 'ContactCreate'
  | 'ContactUpdate'
  | 'ContactTagUpdate'
  | 'OpportunityStageUpdate'
  | 'OpportunityStatusUpdate'
  | 'InboundMessage'
  | 'AppointmentCreate'
  | 'AppointmentUpdate'
  | 'InvoicePaid'
  | 'OrderCreate'
  | 'TaskComplete';

/** Body of `POST /subscriptions`: the connection's sub-account (and agency), one event type, Zapier's hook URL. */
export interface SubscriptionRequest {
  locationId: string;
  companyId?: string;
  event: RelayEvent;
  targetUrl: string;
}

/** Answer of `POST /subscriptions` (201); the app keeps it and sends `id` back to `DELETE /subscriptions/{id}`. */
export interface SubscriptionCreated {
  id: string;
  locationId: string;
  event: RelayEvent;
  createdAt: string;
}

/**
 * Every subscription request carries `x-relay-timestamp` (Unix seconds) and `x-relay-signature`: hex
 * HMAC-SHA256 with RELAY_SECRET over `${timestamp}\n${METHOD}\n${path}\n${body}`. The body holds the location id,
 * event and target URL, so the app proves all three and the secret itself never travels.
 */
export type SignedText = `${number}\n${string}\n${string}\n${string}`;
