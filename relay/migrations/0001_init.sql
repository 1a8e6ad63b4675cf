-- The relay's store (relay/src/store.ts): Zapier hook subscriptions and the HighLevel webhook ids already seen.
CREATE TABLE IF NOT EXISTS subscriptions (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  company_id TEXT,
  event TEXT NOT NULL,
  target_url TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS subscriptions_by_location_event ON subscriptions (location_id, event);
CREATE INDEX IF NOT EXISTS subscriptions_by_company ON subscriptions (company_id);

CREATE TABLE IF NOT EXISTS seen_webhooks (
  webhook_id TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_webhooks_by_expiry ON seen_webhooks (expires_at);
