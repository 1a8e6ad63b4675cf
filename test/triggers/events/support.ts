import { run } from '../../helpers';

export type Item = Record<string, unknown> & { id: string };

/** 2026-12-01T12:00:00Z: the event triggers' date windows are computed from Date.now(). */
export const NOW = Date.parse('2026-12-01T12:00:00.000Z');
export const freezeNow = () => {
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
};

/**
 * Zapier's dedupe as it works for a polling trigger: the first poll only records the ids it sees; each later poll fires
 * the items whose id was never seen, and records them.
 */
export class ZapierDedupe {
  private readonly seen = new Set<string>();
  private started = false;

  constructor(
    private readonly key: string,
    private readonly inputData: Record<string, unknown> = {},
  ) {}

  /** Runs one poll; returns the items that fire (none on the first poll). */
  async poll(): Promise<Item[]> {
    const items = await run<Item[]>('triggers', this.key, this.inputData);
    const fired = this.started ? items.filter((item) => !this.seen.has(item.id)) : [];
    items.forEach((item) => this.seen.add(item.id));
    this.started = true;
    return fired;
  }
}
