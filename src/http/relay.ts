import { createHmac } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import type { RelayEvent, SubscriptionCreated, SubscriptionRequest } from '../../relay/src/contract';
import { connectionOf } from '../connection';

/**
 * The app's side of the webhook relay (relay/, README "Instant triggers and the relay"): instant triggers subscribe
 * Zapier's hook URL for the connection's sub-account and one HighLevel event. Requests are signed with RELAY_SECRET
 * (HMAC-SHA256 over timestamp, method, path and body, as relay/src/contract.ts describes); the secret never travels.
 */

export interface RelaySettings {
  url: string;
  secret: string;
}

/** HIGHLEVEL_RELAY_URL and RELAY_SECRET, or an error that says what to set up. */
export const relaySettings = (): RelaySettings => {
  const url = (process.env.HIGHLEVEL_RELAY_URL ?? '').trim().replace(/\/+$/, '');
  const secret = process.env.RELAY_SECRET ?? '';
  if (!url || !secret) {
    throw new errors.Error(
      'Instant triggers need the HighLevel webhook relay: set HIGHLEVEL_RELAY_URL (the relay\'s address) and RELAY_SECRET (the secret the relay was started with) in this integration\'s environment, or use the polling version of this trigger.',
      'RelayNotConfigured',
      400,
    );
  }
  if (!/^https:\/\//.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(url)) {
    throw new errors.Error('HIGHLEVEL_RELAY_URL must be an https:// address.', 'RelayNotConfigured', 400);
  }
  return { url, secret };
};

/** The headers that prove a relay request comes from this app. */
export const relaySignatureHeaders = (secret: string, method: string, path: string, body: string, now = Date.now()): Record<string, string> => {
  const timestamp = String(Math.floor(now / 1000));
  return {
    'x-relay-timestamp': timestamp,
    'x-relay-signature': createHmac('sha256', secret).update(`${timestamp}\n${method}\n${path}\n${body}`).digest('hex'),
  };
};

const relayRequest = async (z: ZObject, method: 'POST' | 'DELETE', path: string, body: string) => {
  const { url, secret } = relaySettings();
  const response = await z.request({
    url: `${url}${path}`,
    method,
    headers: { 'Content-Type': 'application/json', ...relaySignatureHeaders(secret, method, path, body) },
    body: body || undefined,
    skipThrowForStatus: true,
  });
  return response;
};

// The relay answers 403 (not 401) to a bad signature: Zapier reads any 401 as an expired HighLevel token.
const failure = (action: string, status: number, content: string | undefined): Error => {
  let reason = '';
  try {
    reason = String((JSON.parse(content ?? '') as { error?: unknown }).error ?? '');
  } catch {
    reason = '';
  }
  const hint = status === 403 ? ' Check that RELAY_SECRET is the same in the app and the relay, and that both clocks are right.' : '';
  return new errors.Error(`The HighLevel webhook relay refused to ${action} (HTTP ${status}${reason ? `: ${reason}` : ''}).${hint}`, 'RelayError', status);
};

/** performSubscribe: the connection's sub-account (never one the user typed), the event, and Zapier's hook URL. */
export const subscribeToRelay = async (z: ZObject, bundle: Bundle, event: RelayEvent): Promise<SubscriptionCreated> => {
  const connection = connectionOf(bundle);
  const companyId = typeof bundle.authData?.companyId === 'string' && bundle.authData.companyId ? bundle.authData.companyId : undefined;
  const request: SubscriptionRequest = { locationId: connection.locationId, ...(companyId ? { companyId } : {}), event, targetUrl: String(bundle.targetUrl ?? '') };
  const response = await relayRequest(z, 'POST', '/subscriptions', JSON.stringify(request));
  if (response.status !== 201) throw failure('subscribe this Zap', response.status, response.content);
  return response.data as SubscriptionCreated;
};

/**
 * performUnsubscribe: a subscription the relay already dropped (Zapier answered 410 to a delivery, or the app was
 * uninstalled) answers 404: nothing left to remove, and turning the Zap off must not fail for it.
 */
export const unsubscribeFromRelay = async (z: ZObject, bundle: Bundle): Promise<{ removed: boolean }> => {
  const id = String((bundle.subscribeData as { id?: unknown } | undefined)?.id ?? '');
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) return { removed: false };
  const path = `/subscriptions/${id}`;
  const response = await relayRequest(z, 'DELETE', path, '');
  if (response.status === 404) return { removed: false };
  if (response.status !== 200) throw failure('unsubscribe this Zap', response.status, response.content);
  return { removed: true };
};
