import type { Bundle, PlainInputField, Trigger, ZObject } from 'zapier-platform-core';
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
  /** Optional filters (read by `fromWebhook` from `bundle.inputData`); none by default. */
  inputFields?: PlainInputField[];
  /** The editor's samples where the twin's perform alone cannot give them (it requires an input this trigger leaves optional). */
  performList?: (twinPerform: Perform) => Perform;
}

type Perform = (z: ZObject, bundle: Bundle) => Promise<unknown>;

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
  build: (twin) => {
    // The twin is a polling trigger (listTrigger, watchTrigger, eventTrigger): its perform lists recent records.
    const twinPerform = (twin.operation as { perform: Perform }).perform;
    return {
    key: spec.key,
    noun: twin.noun,
    display: { label: spec.label, description: spec.description },
    operation: {
      type: 'hook',
      inputFields: spec.inputFields ?? [],
      performSubscribe: (z: ZObject, bundle: Bundle) => subscribeToRelay(z, bundle, spec.event),
      performUnsubscribe: (z: ZObject, bundle: Bundle) => unsubscribeFromRelay(z, bundle),
      perform: async (z: ZObject, bundle: Bundle) => spec.fromWebhook(payloadOf(bundle), { z, bundle }),
      performList: spec.performList ? spec.performList(twinPerform) : twinPerform,
      sample: twin.operation.sample,
      outputFields: twin.operation.outputFields,
    },
    } as Trigger;
  },
});

/**
 * The instant triggers built from their twins among `triggers`. A missing twin is a defect of the app, not of a
 * user's input: the app refuses to load rather than silently drop an instant trigger a Zap may rely on.
 */
export const withTwins = (instants: readonly InstantTrigger[], triggers: readonly Trigger[]): Trigger[] => {
  const byKey = new Map(triggers.map((trigger) => [trigger.key, trigger]));
  return instants.map((instant) => {
    const twin = byKey.get(instant.spec.twin);
    if (!twin) throw new Error(`Instant trigger ${instant.spec.key} needs its polling twin ${instant.spec.twin}, which the app does not register.`);
    return instant.build(twin);
  });
};
