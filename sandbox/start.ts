import './testingMode';
import { connectApp, connectionLabel, isRefreshAuthError, refreshConnection, runOperation, testConnection, type Kind } from './connect';
import { DEMO } from './demo';
import { startSandbox, type Sandbox } from './server';

/**
 * `npm start`: the app, run for real through zapier-platform-core against a local HighLevel sandbox. Connects through
 * the OAuth flow, tests the connection, then tours the main operations, one line per step. Exit code 0 only if every
 * step worked.
 */

type Json = Record<string, unknown>;

/** The first access token lives this long, so one step of the tour meets an expired token and Zapier's refresh. */
const SHORT_TOKEN_SECONDS = 2;
const DAY_SECONDS = 24 * 3600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

class Tour {
  authData: Json = {};
  tokenExpiresAt = 0;
  constructor(readonly sandbox: Sandbox) {}

  /** One line per step: operation, what came back, time. A failure stops the tour. */
  async step<T>(name: string, action: () => Promise<T>, summary: (result: T) => string): Promise<T> {
    const started = performance.now();
    try {
      const result = await action();
      console.log(`  ✓ ${pad(name, 28)} ${pad(summary(result), 78)} ${Math.round(performance.now() - started)} ms`);
      return result;
    } catch (error) {
      console.log(`  ✗ ${pad(name, 28)} failed after ${Math.round(performance.now() - started)} ms`);
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { step: name });
    }
  }

  /**
   * Runs an operation as a Zap step. A 401 surfaces as a RefreshAuthError (the app has autoRefresh): do what Zapier
   * does — run the app's refreshAccessToken, keep the new tokens (HighLevel rotates them), run the step again.
   */
  async operation<T = unknown>(kind: Kind, key: string, inputData: Json): Promise<{ result: T; refreshed: boolean }> {
    try {
      return { result: await runOperation<T>(kind, key, inputData, this.authData), refreshed: false };
    } catch (error) {
      if (!isRefreshAuthError(error)) throw error;
      this.authData = await refreshConnection(this.authData);
      return { result: await runOperation<T>(kind, key, inputData, this.authData), refreshed: true };
    }
  }
}

const refreshNote = (refreshed: boolean) => (refreshed ? ' (token had expired: 401 → refreshed → retried)' : '');
const nameOf = (record: Json) => String(record.name ?? ([record.firstName, record.lastName].filter(Boolean).join(' ') || record.id));

const tourSteps = async (tour: Tour) => {
  const { sandbox } = tour;
  await tour.step(
    'connect (OAuth)',
    async () => {
      tour.authData = await connectApp(sandbox);
      tour.tokenExpiresAt = Date.now() + SHORT_TOKEN_SECONDS * 1000;
      sandbox.oauth.tokenLifetimeSeconds = DAY_SECONDS; // tokens from refreshes last a day
      return tour.authData;
    },
    (authData) => `consent page → code → getAccessToken: sub-account ${String(authData.locationId)} (token valid ${SHORT_TOKEN_SECONDS} s)`,
  );
  const test = await tour.step('connection test', () => testConnection(tour.authData), () => 'GET /locations/{locationId} answered');
  await tour.step('connection label', async () => connectionLabel(test), (label) => `"${label}"`);

  const seen = await tour.step(
    'poll New Contact (baseline)',
    async () => (await tour.operation<Json[]>('triggers', 'search_contacts', {})).result,
    (contacts) => `${contacts.length} contacts already there: Zapier remembers their ids`,
  );
  const seenIds = new Set(seen.map((contact) => contact.id));

  const email = 'jamie.rivera@example.com';
  const customFieldInput = `customField_${DEMO.customFieldId}`;
  const contact = await tour.step(
    'create_contact',
    async () =>
      (await tour.operation<Json>('creates', 'create_contact', { firstName: 'Jamie', lastName: 'Rivera', email, phone: '+15125550199', [customFieldInput]: 'teal' }))
        .result,
    (created) => `created ${nameOf(created)} (${String(created.id)}), Favorite color = ${String((created.customField as Json | undefined)?.[DEMO.customFieldId])}`,
  );
  const contactId = String(contact.id);

  await tour.step(
    'find_contact',
    async () => (await tour.operation<Json[]>('searches', 'find_contact', { email })).result,
    (found) => {
      if (found[0]?.id !== contactId) throw new Error(`find_contact did not find ${contactId}`);
      return `found ${nameOf(found[0])} by email`;
    },
  );
  await tour.step(
    'add_contact_tags',
    async () => (await tour.operation<Json>('creates', 'add_contact_tags', { contactId, tags: ['zapier-demo', 'kitchen'] })).result,
    (answer) => `tags now ${JSON.stringify(answer.tags ?? answer)}`,
  );
  await tour.step(
    'create_contact_task',
    async () => (await tour.operation<Json>('creates', 'create_contact_task', { contactId, title: 'Call Jamie back', dueDate: '2026-12-10T16:00:00Z' })).result,
    (task) => `task "${String(task.title)}" due ${String(task.dueDate)}`,
  );
  await tour.step(
    'create_contact_note',
    async () => (await tour.operation<Json>('creates', 'create_contact_note', { contactId, body: 'Came in through Zapier.' })).result,
    (note) => `note "${String(note.body)}"`,
  );

  // Let the first (short-lived) access token run out, so this poll meets HighLevel's 401 and the refresh.
  await sleep(Math.max(0, tour.tokenExpiresAt - Date.now() + 100));
  await tour.step(
    'poll New Contact',
    () => tour.operation<Json[]>('triggers', 'search_contacts', {}),
    ({ result, refreshed }) => {
      const fresh = result.filter((item) => !seenIds.has(item.id));
      if (!fresh.some((item) => String(item.id) === contactId)) throw new Error('the trigger did not fire for the new contact');
      return `fires for ${fresh.length} new contact: ${fresh.map(nameOf).join(', ')}${refreshNote(refreshed)}`;
    },
  );

  const opportunity = await tour.step(
    'create_opportunity',
    async () =>
      (
        await tour.operation<Json>('creates', 'create_opportunity', {
          pipelineId: DEMO.pipelineId,
          pipelineStageId: DEMO.stageIds.new,
          contactId,
          name: 'Kitchen for Jamie',
          status: 'open',
          monetaryValue: 18500,
        })
      ).result,
    (created) => `"${String(created.name)}" in stage New Lead, $${String(created.monetaryValue)}`,
  );
  await tour.step(
    'update_opportunity',
    async () =>
      (await tour.operation<Json>('creates', 'update_opportunity', { opportunityId: opportunity.id, pipelineId: DEMO.pipelineId, pipelineStageId: DEMO.stageIds.qualified }))
        .result,
    (moved) => {
      if (moved.pipelineStageId !== DEMO.stageIds.qualified) throw new Error('the opportunity did not move');
      return `moved to stage Qualified`;
    },
  );

  const slots = await tour.step(
    'get_free_slots',
    async () =>
      (
        await tour.operation<Json[]>('triggers', 'get_free_slots', {
          calendarId: DEMO.calendarId,
          startDate: '2026-12-08T00:00:00Z',
          endDate: '2026-12-09T00:00:00Z',
          timezone: 'America/Chicago',
        })
      ).result,
    (found) => `${found.length} open slots on Dec 8; earliest ${String(found[found.length - 1]?.startTime)}`,
  );
  const slot = slots[slots.length - 1];
  if (!slot) throw Object.assign(new Error('no free slot to book'), { step: 'get_free_slots' });
  await tour.step(
    'create_appointment',
    async () =>
      (await tour.operation<Json>('creates', 'create_appointment', { calendarId: DEMO.calendarId, contactId, startTime: slot.startTime, title: 'Kitchen consultation' }))
        .result,
    (booked) => `booked "${String(booked.title)}" at ${String(booked.startTime)}`,
  );
  await tour.step(
    'send_message',
    async () => (await tour.operation<Json>('creates', 'send_message', { type: 'SMS', contactId, message: 'Hi Jamie, see you on Tuesday!' })).result,
    (sent) => `SMS queued (message ${String(sent.messageId ?? sent.id)})`,
  );

  // An event trigger end to end (issue 16): a deal moves, Opportunity Stage Changed fires once, and not on the next poll.
  const stageChanges = new Set<string>();
  const pollStageChanges = async () => {
    const { result, refreshed } = await tour.operation<Json[]>('triggers', 'opportunity_stage_changed', { pipelineId: DEMO.pipelineId });
    const fresh = result.filter((item) => !stageChanges.has(String(item.id)));
    result.forEach((item) => stageChanges.add(String(item.id)));
    return { fresh, refreshed, seen: result.length };
  };
  await tour.step('opportunity_stage_changed', pollStageChanges, ({ seen }) => `first poll: ${seen} stage changes recorded, none fired`);
  await tour.step(
    'update_opportunity',
    async () => (await tour.operation<Json>('creates', 'update_opportunity', { opportunityId: opportunity.id, pipelineId: DEMO.pipelineId, pipelineStageId: DEMO.stageIds.won })).result,
    () => `moved "${String(opportunity.name)}" to stage Won`,
  );
  await tour.step('opportunity_stage_changed', pollStageChanges, ({ fresh, refreshed }) => {
    const [moved] = fresh;
    if (fresh.length !== 1 || !moved || moved.opportunityId !== opportunity.id) throw new Error(`expected the move to fire once, got ${fresh.length} items`);
    return `fires once: "${String(moved.name)}" → ${String(moved.pipelineStageName)}${refreshNote(refreshed)}`;
  });
  await tour.step('opportunity_stage_changed', pollStageChanges, ({ fresh }) => {
    if (fresh.length) throw new Error(`fired again: ${fresh.map((item) => String(item.id)).join(', ')}`);
    return 'next poll: nothing fires again';
  });
};

const main = async () => {
  const sandbox = await startSandbox({ tokenLifetimeSeconds: SHORT_TOKEN_SECONDS });
  console.log(`HighLevel sandbox on ${sandbox.url} (validated against the official OpenAPI spec)\n`);
  const tour = new Tour(sandbox);
  try {
    await tourSteps(tour);
    const failures = sandbox.requestLog.filter((request) => request.status >= 400);
    console.log(`\nEvery step worked: ${sandbox.requestLog.length} requests to the sandbox, ${failures.length} refused (the expired token's 401).`);
    return 0;
  } catch (error) {
    const step = (error as { step?: string }).step ?? 'setup';
    console.error(`\nThe step "${step}" failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await sandbox.close();
  }
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
