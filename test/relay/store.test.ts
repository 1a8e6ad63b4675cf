import { sqliteDriver } from '../../relay/node/sqlite';
import { sqlStore } from '../../relay/src/store';

/** The SQL store on node:sqlite in memory, called directly. */

let driver: ReturnType<typeof sqliteDriver>;
beforeEach(() => {
  driver = sqliteDriver(':memory:');
});
afterEach(() => driver.close());

const seenIds = async () => (await driver.all<{ webhook_id: string }>('SELECT webhook_id FROM seen_webhooks', [])).map((row) => row.webhook_id);

describe('firstSight', () => {
  it('is true for a new webhook id, false for one already seen', async () => {
    const store = sqlStore(driver);
    expect(await store.firstSight('wh_1', 1000, 2000)).toBe(true);
    expect(await store.firstSight('wh_1', 1500, 2500)).toBe(false);
  });

  it('prunes the expired ids on the 200th sighting, not before', async () => {
    const store = sqlStore(driver);
    await store.firstSight('old', 0, 1000);
    // 198 more sightings at 2000, when 'old' has expired: 199 in all, no prune yet.
    for (let index = 2; index <= 199; index += 1) await store.firstSight(`wh_${index}`, 2000, 10_000);
    expect(await seenIds()).toHaveLength(199);
    expect(await seenIds()).toContain('old');
    // The 200th prunes what expired before it (only 'old'), then records itself.
    await store.firstSight('wh_200', 2000, 10_000);
    const seen = await seenIds();
    expect(seen).toHaveLength(199);
    expect(seen).not.toContain('old');
    expect(seen).toContain('wh_200');
  });
});
