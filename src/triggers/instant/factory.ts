import type { Bundle, Trigger, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import type { RelayEvent } from '../../../relay/src/contract';
import type { Json } from '../../factories/common';
import { subscribeToRelay, unsubscribeFromRelay } from '../../http/relay';

export interface WebhookContext {
  z: ZObject;
  bundle: Bundle;
}

export interface InstantSpec {
  key: string;
  label: string;
  description: string;
  /** HighLevel's webhook event type the relay fans out to this trigger. */
  event: RelayEvent;
  /** Key of the polling trigger whose output shape, sample and samples (performList) this trigger shares. */
  twin: string;
  /** The webhook payload as the twin's items (usually one; a tag update can add several tags). */
  fromWebhook: (payload: Json, context: WebhookContext) => Json[] | Promise<Json[]>;
}

/** An instant trigger waiting for its twin, which `withTwins` looks up among the app's triggers. */
export interface InstantTrigger {
  spec: InstantSpec;
  build(twin: Trigger): Trigger;
}

const payloadOf = (bundle: Bundle): Json => {
  const body: unknown = bundle.cleanedRequest;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new errors.Error('The relay delivered something that is not a HighLevel webhook event (a JSON object was expected).', 'InvalidWebhook', 400);
  }
  return body as Json;
};

/**
 * A Zapier REST hook fed by the relay: subscribing registers Zapier's hook URL for the connection's sub-account and
 * the event; each delivery becomes items shaped like the polling twin's, so a Zap can switch between them.
 * Samples in the editor come from the twin's own polling perform.
 */
export const instantTrigger = (spec: InstantSpec): InstantTrigger => ({
  spec,
  build: (twin) => ({
    key: spec.key,
    noun: twin.noun,
    display: { label: spec.label, description: spec.description },
    operation: {
      type: 'hook',
      inputFields: [],
      performSubscribe: (z: ZObject, bundle: Bundle) => subscribeToRelay(z, bundle, spec.event),
      performUnsubscribe: (z: ZObject, bundle: Bundle) => unsubscribeFromRelay(z, bundle),
      perform: async (z: ZObject, bundle: Bundle) => spec.fromWebhook(payloadOf(bundle), { z, bundle }),
      // The twin is a polling trigger (listTrigger, watchTrigger): its perform lists recent records.
      performList: (twin.operation as { perform: unknown }).perform,
      sample: twin.operation.sample,
      outputFields: twin.operation.outputFields,
    },
  }) as Trigger,
});

/**
 * The instant triggers whose twin is among `triggers`, built from it.
 * LEAD, AFTER THE MERGE: every twin then exists; make a missing twin a hard failure (throw) instead of this filter.
 */
export const withTwins = (instants: readonly InstantTrigger[], triggers: readonly Trigger[]): Trigger[] => {
  const byKey = new Map(triggers.map((trigger) => [trigger.key, trigger]));
  return instants.flatMap((instant) => {
    const twin = byKey.get(instant.spec.twin);
    return twin ? [instant.build(twin)] : [];
  });
};
