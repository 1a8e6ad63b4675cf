import { createHmac } from 'node:crypto';
import nock from 'nock';
import type { Trigger } from 'zapier-platform-core';
import App from '../../../index';
import type { InstantTrigger } from '../../../src/triggers/instant/factory';
import { instantTrigger, withTwins } from '../../../src/triggers/instant/factory';
import { instantTriggers } from '../../../src/triggers/instant';
import { appointmentUpdatedInstant, newAppointmentInstant } from '../../../src/triggers/instant/appointments';
import { invoicePaidInstant, newOrderInstant } from '../../../src/triggers/instant/commerce';
import { contactTagAddedInstant, newContactInstant, updatedContactInstant } from '../../../src/triggers/instant/contacts';
import { newInboundMessageInstant } from '../../../src/triggers/instant/conversations';
import { opportunityStageChangedInstant, opportunityStatusChangedInstant } from '../../../src/triggers/instant/opportunities';
import { taskCompletedInstant } from '../../../src/triggers/instant/tasks';
import extensions from '../../../catalog/extensions.json';
import { agencyAuthData, appTester, authData, bodyOf, highLevel, LOCATION_ID } from '../../helpers';

const RELAY = 'https://relay.example.com';
const SECRET = 'app-relay-secret-42';
const TARGET = 'https://hooks.zapier.com/hooks/standard/123/abc/';
const TIME = '2026-11-30T12:00:00.000Z';

type HookOperation = { type: string; performSubscribe: never; performUnsubscribe: never; perform: never; performList: unknown; sample: unknown; outputFields: unknown };
const operation = (trigger: Trigger) => trigger.operation as unknown as HookOperation;

/** A polling twin stand-in: the instant trigger must take its sample, output fields and perform from it. */
const standInPerform = async () => [{ id: 'twin-item' }];
const standInTwin = {
  key: 'stand_in',
  noun: 'Widget',
  display: { label: 'New Widget', description: 'Triggers when a widget is added.' },
  operation: { type: 'polling', perform: standInPerform, sample: { id: 'w1', name: 'Widget' }, outputFields: [{ key: 'name', label: 'Name' }] },
} as unknown as Trigger;

const withEnv = (env: Record<string, string | undefined>) => {
  const saved = { url: process.env.HIGHLEVEL_RELAY_URL, secret: process.env.RELAY_SECRET };
  beforeEach(() => {
    for (const [key, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  afterEach(() => {
    for (const [key, value] of Object.entries({ HIGHLEVEL_RELAY_URL: saved.url, RELAY_SECRET: saved.secret })) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
};

afterEach(() => nock.cleanAll());

describe('instantTrigger and withTwins', () => {
  const widgetInstant = instantTrigger({
    key: 'new_widget_instant',
    label: 'New Widget (Instant)',
    description: 'Triggers as soon as a widget is added.',
    event: 'ContactCreate',
    twin: 'stand_in',
    fromWebhook: (payload) => [{ ...payload, id: String(payload.id) }],
  });

  it("builds a hook trigger whose performList, sample and output fields are the twin's", () => {
    const [built] = withTwins([widgetInstant], [standInTwin]);
    expect(built).toMatchObject({ key: 'new_widget_instant', noun: 'Widget', display: { label: 'New Widget (Instant)', description: 'Triggers as soon as a widget is added.' } });
    const hook = operation(built!);
    expect(hook.type).toBe('hook');
    expect(hook.performList).toBe(standInPerform);
    expect(hook.sample).toBe((standInTwin.operation as unknown as HookOperation).sample);
    expect(hook.outputFields).toBe((standInTwin.operation as unknown as HookOperation).outputFields);
  });

  it('refuses to build an instant trigger whose twin is missing, naming both', () => {
    expect(() => withTwins([widgetInstant], [])).toThrow('Instant trigger new_widget_instant needs its polling twin stand_in, which the app does not register.');
  });

  it('covers the 11 instant triggers of the catalog, with their keys, labels and events', () => {
    const catalog = (extensions as Array<{ key: string; label: string; group: string; event?: string }>).filter((entry) => entry.group === 'instant');
    expect(instantTriggers.map(({ spec }) => [spec.key, spec.label, spec.event])).toEqual(catalog.map((entry) => [entry.key, entry.label, entry.event]));
    for (const { spec } of instantTriggers) expect(spec.description).toMatch(/^Triggers /);
  });

  it.each(instantTriggers.map(({ spec }) => [spec.key, spec.twin]))('registers %s in the app, with the sample and output fields of its twin %s', (key, twinKey) => {
    const triggers = App.triggers as Record<string, Trigger>;
    const built = operation(triggers[key]!);
    const twin = triggers[twinKey]!.operation as unknown as HookOperation;
    expect(twin.type).toBe('polling');
    expect(built.type).toBe('hook');
    expect(built.sample).toEqual(twin.sample);
    expect(built.outputFields).toEqual(twin.outputFields);
  });

  describe('Contact Tag Added (Instant) samples', () => {
    const tagged = { id: 'c7', dateUpdated: TIME, tags: ['vip', 'lead'], customFields: [] };
    const labelled = { ...tagged, customField: {} };
    const performList = () => operation((App.triggers as Record<string, Trigger>).contact_tag_added_instant!).performList;
    const newestFirst = { field: 'dateUpdated', direction: 'desc' };

    it('without a tag: each tag of the most recently updated contacts, one request', async () => {
      let sent: unknown;
      const scope = highLevel()
        .post('/contacts/search', (body) => ((sent = body), true))
        .reply(200, { contacts: [tagged], total: 1, traceId: 't1' });
      const items = await appTester(performList() as never, { authData, inputData: {} } as never);
      expect(sent).toEqual({ locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [newestFirst] });
      expect(items).toEqual([
        { ...labelled, contactId: 'c7', tag: 'vip', id: 'c7:vip' },
        { ...labelled, contactId: 'c7', tag: 'lead', id: 'c7:lead' },
      ]);
      scope.done();
    });

    it("with a tag: the polling twin's items for that tag", async () => {
      let sent: unknown;
      const scope = highLevel()
        .post('/contacts/search', (body) => ((sent = body), true))
        .reply(200, { contacts: [tagged], total: 1, traceId: 't1' });
      const items = await appTester(performList() as never, { authData, inputData: { tag: 'VIP' } } as never);
      expect(sent).toEqual({ locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [newestFirst], filters: [{ field: 'tags', operator: 'eq', value: 'VIP' }] });
      expect(items).toEqual([{ ...labelled, contactId: 'c7', tag: 'vip', id: 'c7:vip' }]);
      scope.done();
    });
  });

  it('loads samples in the editor by polling like its twin (performList)', async () => {
    const scope = highLevel()
      .post('/contacts/search', (body) => bodyOf({ body }) !== undefined)
      .reply(200, { contacts: [{ id: 'c1', dateAdded: TIME, firstName: 'Ada' }], total: 1 });
    const triggers = App.triggers as Record<string, Trigger>;
    const items = await appTester(operation(triggers.new_contact_instant!).performList as never, { authData, inputData: {} } as never);
    expect(items).toEqual([{ id: 'c1', dateAdded: TIME, firstName: 'Ada' }]);
    scope.done();
  });
});

describe('performSubscribe and performUnsubscribe', () => {
  describe('without the relay set up', () => {
    withEnv({ HIGHLEVEL_RELAY_URL: undefined, RELAY_SECRET: undefined });
    it('says what to set up', async () => {
      const hook = operation(newContactInstant.build(standInTwin));
      await expect(appTester(hook.performSubscribe, { authData, targetUrl: TARGET, inputData: {} } as never)).rejects.toThrow(
        /set HIGHLEVEL_RELAY_URL \(the relay's address\) and RELAY_SECRET/,
      );
    });
  });

  describe('with the relay set up', () => {
    withEnv({ HIGHLEVEL_RELAY_URL: `${RELAY}/`, RELAY_SECRET: SECRET });

    const expectSigned = (headers: Record<string, string | string[]>, method: string, path: string, body: string) => {
      const timestamp = String(headers['x-relay-timestamp']);
      expect(Math.abs(Number(timestamp) * 1000 - Date.now())).toBeLessThan(60_000);
      expect(headers['x-relay-signature']).toBe(createHmac('sha256', SECRET).update(`${timestamp}\n${method}\n${path}\n${body}`).digest('hex'));
      expect(JSON.stringify(headers)).not.toContain(SECRET);
      expect(headers.authorization).toBeUndefined();
    };

    it("subscribes Zapier's hook for the connection's sub-account and the trigger's event, signed", async () => {
      const created = { id: '6f1c7d7e-1d2a-4a0b-9c1e-2f1b3c4d5e6f', locationId: LOCATION_ID, event: 'ContactUpdate', createdAt: TIME };
      let seen: { headers: Record<string, string | string[]>; body: string } | undefined;
      const scope = nock(RELAY)
        .post('/subscriptions')
        .reply(function (_uri, body) {
          seen = { headers: this.req.headers, body: JSON.stringify(body) };
          return [201, created];
        });
      const hook = operation(updatedContactInstant.build(standInTwin));
      expect(await appTester(hook.performSubscribe, { authData, targetUrl: TARGET, inputData: {} } as never)).toEqual(created);
      scope.done();
      const body = JSON.stringify({ locationId: LOCATION_ID, companyId: authData.companyId, event: 'ContactUpdate', targetUrl: TARGET });
      expect(seen!.body).toBe(body);
      expectSigned(seen!.headers, 'POST', '/subscriptions', body);
    });

    it("uses the agency connection's chosen sub-account", async () => {
      let sent: unknown;
      const scope = nock(RELAY)
        .post('/subscriptions', (body) => ((sent = body), true))
        .reply(201, { id: 'x', locationId: 'loc_Chosen1', event: 'TaskComplete', createdAt: TIME });
      const hook = operation(taskCompletedInstant.build(standInTwin));
      await appTester(hook.performSubscribe, { authData: agencyAuthData, targetUrl: TARGET, inputData: { subAccount: 'loc_Chosen1' } } as never);
      scope.done();
      expect(sent).toEqual({ locationId: 'loc_Chosen1', companyId: agencyAuthData.companyId, event: 'TaskComplete', targetUrl: TARGET });
    });

    it('reports a refused subscription with the relay’s reason and a hint', async () => {
      const scope = nock(RELAY).post('/subscriptions').reply(403, { error: 'invalid or missing relay signature' });
      const hook = operation(newContactInstant.build(standInTwin));
      await expect(appTester(hook.performSubscribe, { authData, targetUrl: TARGET, inputData: {} } as never)).rejects.toThrow(
        'The HighLevel webhook relay refused to subscribe this Zap (HTTP 403: invalid or missing relay signature). Check that RELAY_SECRET is the same in the app and the relay, and that both clocks are right.',
      );
      scope.done();
    });

    it('unsubscribes the subscription, signed; one the relay already dropped counts as removed', async () => {
      const id = '6f1c7d7e-1d2a-4a0b-9c1e-2f1b3c4d5e6f';
      let headers: Record<string, string | string[]> = {};
      const scope = nock(RELAY)
        .delete(`/subscriptions/${id}`)
        .reply(function () {
          headers = this.req.headers;
          return [200, { removed: true }];
        })
        .delete(`/subscriptions/${id}`)
        .reply(404, { error: 'no such subscription' });
      const hook = operation(newContactInstant.build(standInTwin));
      const bundle = { authData, subscribeData: { id }, inputData: {} } as never;
      expect(await appTester(hook.performUnsubscribe, bundle)).toEqual({ removed: true });
      expectSigned(headers, 'DELETE', `/subscriptions/${id}`, '');
      expect(await appTester(hook.performUnsubscribe, bundle)).toEqual({ removed: false });
      scope.done();
    });
  });
});

/** Payloads as HighLevel documents them (highlevel-api-docs `docs/webhook events/*.md`), plus webhookId and timestamp. */
const envelope = { webhookId: 'wh_1', timestamp: TIME };
const perform = (instant: InstantTrigger, payload: Record<string, unknown>) =>
  appTester(operation(instant.build(standInTwin)).perform, { authData, inputData: {}, cleanedRequest: payload } as never);

describe('perform: the webhook payload as the polling twin’s item', () => {
  const contact = { locationId: LOCATION_ID, id: 'nmFmQEsNgz6AVpgLVUJ0', firstName: 'John', lastName: 'Deo', tags: ['a', 'b'], dateAdded: '2021-11-26T12:41:02.193Z', customFields: [{ id: 'BcdmQEsNgz6AVpgLVUJ0', value: 'XYZ Corp' }] };
  const labelled = { ...contact, customField: { BcdmQEsNgz6AVpgLVUJ0: 'XYZ Corp' } };

  it('ContactCreate: the contact, id = contact id', async () => {
    expect(await perform(newContactInstant, { type: 'ContactCreate', ...contact, ...envelope })).toEqual([labelled]);
  });

  it('ContactUpdate: contactId, id = contactId:dateUpdated (the webhook time when absent)', async () => {
    expect(await perform(updatedContactInstant, { type: 'ContactUpdate', ...contact, ...envelope })).toEqual([
      { ...labelled, dateUpdated: TIME, contactId: contact.id, id: `${contact.id}:${TIME}` },
    ]);
  });

  it('ContactTagUpdate: one item per tag added since the last update of the contact', async () => {
    const first = await perform(contactTagAddedInstant, { type: 'ContactTagUpdate', ...contact, ...envelope });
    expect(first).toEqual(['a', 'b'].map((tag) => ({ ...labelled, contactId: contact.id, tag, id: `${contact.id}:${tag}` })));
    const second = await perform(contactTagAddedInstant, { type: 'ContactTagUpdate', ...contact, tags: ['a', 'b', 'c'], ...envelope, webhookId: 'wh_2' });
    expect(second).toEqual([{ ...labelled, tags: ['a', 'b', 'c'], contactId: contact.id, tag: 'c', id: `${contact.id}:c` }]);
    expect(await perform(contactTagAddedInstant, { type: 'ContactTagUpdate', ...contact, tags: ['a'], ...envelope, webhookId: 'wh_3' })).toEqual([]);
  });

  it('ContactTagUpdate with a Tag filter: only that tag, whatever its case', async () => {
    const other = { ...contact, id: 'tagFilterContact01', tags: ['a', 'vip'] };
    const items = await appTester(operation(contactTagAddedInstant.build(standInTwin)).perform, {
      authData,
      inputData: { tag: ' VIP ' },
      cleanedRequest: { type: 'ContactTagUpdate', ...other, ...envelope },
    } as never);
    expect(items).toEqual([{ ...labelled, ...other, customField: labelled.customField, contactId: other.id, tag: 'vip', id: `${other.id}:vip` }]);
  });

  const opportunity = { locationId: LOCATION_ID, id: 'wWhVuzqpRuOA1ZVWi4FC', contactId: 'cJAWDskpkJHbRbhAT7bs', monetaryValue: 40, name: 'Deal', pipelineId: 'VDm7RPYC2GLUvdpKmBfC', pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', status: 'won', dateAdded: '2021-11-26T12:41:02.193Z' };

  it('OpportunityStageUpdate: id = opportunityId:pipelineStageId:lastStageChangeAt', async () => {
    expect(await perform(opportunityStageChangedInstant, { type: 'OpportunityStageUpdate', ...opportunity, ...envelope })).toEqual([
      { ...opportunity, lastStageChangeAt: TIME, opportunityId: opportunity.id, id: `${opportunity.id}:${opportunity.pipelineStageId}:${TIME}` },
    ]);
  });

  it('OpportunityStatusUpdate: id = opportunityId:status:lastStatusChangeAt', async () => {
    expect(await perform(opportunityStatusChangedInstant, { type: 'OpportunityStatusUpdate', ...opportunity, ...envelope })).toEqual([
      { ...opportunity, lastStatusChangeAt: TIME, opportunityId: opportunity.id, id: `${opportunity.id}:won:${TIME}` },
    ]);
  });

  it('InboundMessage: messageId, id = message id', async () => {
    const message = { locationId: LOCATION_ID, attachments: [], body: 'Hi', contactId: 'cI08i1Bls3iTB9bKgFJh', conversationId: 'fcanlLgpbQgQhderivVs', dateAdded: '2021-04-21T11:31:45.750Z', direction: 'inbound', messageType: 'SMS', messageId: 'msg_1' };
    expect(await perform(newInboundMessageInstant, { type: 'InboundMessage', ...message, ...envelope })).toEqual([{ ...message, id: 'msg_1' }]);
  });

  const appointment = { id: 'apt_1', title: 'Call', calendarId: 'BqTwX8QFwXzpegMve9EQ', contactId: '9NkT25Vor1v4aQatFsv2', appointmentStatus: 'confirmed', startTime: '2023-09-25T16:00:00+05:30', endTime: '2023-09-25T16:30:00+05:30', dateAdded: '2023-09-25T10:00:00+05:30', dateUpdated: '2023-09-25T11:00:00+05:30' };

  it('AppointmentCreate: the appointment unwrapped, id = appointment id', async () => {
    expect(await perform(newAppointmentInstant, { type: 'AppointmentCreate', locationId: LOCATION_ID, appointment, ...envelope })).toEqual([{ ...appointment, appointmentId: 'apt_1', id: 'apt_1' }]);
  });

  it('AppointmentUpdate: id = appointmentId:appointmentStatus:dateUpdated', async () => {
    expect(await perform(appointmentUpdatedInstant, { type: 'AppointmentUpdate', locationId: LOCATION_ID, appointment, ...envelope })).toEqual([
      { ...appointment, appointmentId: 'apt_1', id: `apt_1:confirmed:${appointment.dateUpdated}` },
    ]);
  });

  it('InvoicePaid: invoiceId, id = invoiceId:paid', async () => {
    const invoice = { _id: '6578278e879ad2646715ba9c', status: 'paid', amountPaid: 999, altId: LOCATION_ID, altType: 'location', invoiceNumber: '19', currency: 'USD', total: 999 };
    expect(await perform(invoicePaidInstant, { ...invoice, ...envelope })).toEqual([{ ...invoice, invoiceId: invoice._id, id: `${invoice._id}:paid` }]);
  });

  it('OrderCreate: orderId, id = order id', async () => {
    const order = { locationId: LOCATION_ID, _id: '660ed43bfdf9fc05a0de7a40', altId: LOCATION_ID, altType: 'location', status: 'pending', contactId: 'ff2JstbQJfRuofXzeT0M', currency: 'USD', amount: 150.1 };
    expect(await perform(newOrderInstant, { type: 'OrderCreate', ...order, ...envelope })).toEqual([{ ...order, orderId: order._id, id: order._id }]);
  });

  it('TaskComplete: taskId, id = taskId:completed', async () => {
    const task = { locationId: LOCATION_ID, id: '5HrB1IbmnKMBXloldFuP', assignedTo: 'bNl8QNGXhIQJLv8eeASQ', body: 'testing', contactId: 'WFwVrSSjZ2CNHbZThQX2', dateAdded: '2021-11-29T13:37:28.304Z', dueDate: '2021-12-22T06:55:00.000Z', title: 'test' };
    expect(await perform(taskCompletedInstant, { type: 'TaskComplete', ...task, ...envelope })).toEqual([{ ...task, taskId: task.id, id: `${task.id}:completed` }]);
  });

  it('refuses a delivery without the record id, naming it', async () => {
    await expect(perform(newInboundMessageInstant, { type: 'InboundMessage', locationId: LOCATION_ID, ...envelope })).rejects.toThrow('The InboundMessage webhook has no messageId: it cannot be turned into an item.');
    await expect(perform(newAppointmentInstant, { type: 'AppointmentCreate', locationId: LOCATION_ID, ...envelope })).rejects.toThrow('The AppointmentCreate webhook has no appointment');
  });
});
