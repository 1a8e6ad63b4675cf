import type { RelayEvent } from './contract';

export interface Subscription {
  id: string;
  locationId: string;
  companyId: string | null;
  event: RelayEvent;
  targetUrl: string;
  createdAt: string;
}

/** Where the relay keeps subscriptions and the webhook ids it has seen. */
export interface RelayStore {
  add(subscription: Subscription): Promise<void>;
  /** True when a subscription was removed. */
  remove(id: string): Promise<boolean>;
  find(locationId: string, event: RelayEvent): Promise<Subscription[]>;
  /** App uninstalled from a sub-account (or a whole agency): its subscriptions go. Returns how many. */
  removeForLocation(locationId: string): Promise<number>;
  removeForCompany(companyId: string): Promise<number>;
  /** Records a webhook id until `expiresAt` (ms); false when it was already recorded (a replay). */
  firstSight(webhookId: string, now: number, expiresAt: number): Promise<boolean>;
}

/** The few SQL calls the store needs: node:sqlite and D1 both provide them (relay/node/sqlite.ts, relay/worker/d1.ts). */
export interface SqlDriver {
  all<T>(sql: string, params: unknown[]): Promise<T[]>;
  run(sql: string, params: unknown[]): Promise<number>;
}

interface Row {
  id: string;
  location_id: string;
  company_id: string | null;
  event: RelayEvent;
  target_url: string;
  created_at: string;
}

const fromRow = (row: Row): Subscription => ({
  id: row.id,
  locationId: row.location_id,
  companyId: row.company_id,
  event: row.event,
  targetUrl: row.target_url,
  createdAt: row.created_at,
});

/** Seen webhook ids are pruned on about one insert in this many. */
const PRUNE_EVERY = 200;

/** One store over SQL (schema: relay/migrations/0001_init.sql), used by both engines. */
export const sqlStore = (db: SqlDriver): RelayStore => {
  let inserts = 0;
  return {
    async add(subscription) {
      await db.run('INSERT INTO subscriptions (id, location_id, company_id, event, target_url, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        subscription.id,
        subscription.locationId,
        subscription.companyId,
        subscription.event,
        subscription.targetUrl,
        subscription.createdAt,
      ]);
    },
    async remove(id) {
      return (await db.run('DELETE FROM subscriptions WHERE id = ?', [id])) > 0;
    },
    async find(locationId, event) {
      const rows = await db.all<Row>('SELECT * FROM subscriptions WHERE location_id = ? AND event = ? ORDER BY created_at, id', [locationId, event]);
      return rows.map(fromRow);
    },
    async removeForLocation(locationId) {
      return db.run('DELETE FROM subscriptions WHERE location_id = ?', [locationId]);
    },
    async removeForCompany(companyId) {
      return db.run('DELETE FROM subscriptions WHERE company_id = ?', [companyId]);
    },
    async firstSight(webhookId, now, expiresAt) {
      inserts += 1;
      if (inserts % PRUNE_EVERY === 0) await db.run('DELETE FROM seen_webhooks WHERE expires_at < ?', [now]);
      // An expired row is a replay beyond the time window, which the timestamp check refuses first.
      return (await db.run('INSERT OR IGNORE INTO seen_webhooks (webhook_id, expires_at) VALUES (?, ?)', [webhookId, expiresAt])) > 0;
    },
  };
};
