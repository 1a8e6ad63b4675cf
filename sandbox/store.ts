import { randomBytes } from 'node:crypto';

/** The sandbox's in-memory data: one collection of records per resource, keyed by id. */

export type Json = Record<string, unknown>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An id shaped like HighLevel's (20 letters and digits). */
export const newId = (length = 20): string => [...randomBytes(length)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');

export const isJson = (value: unknown): value is Json => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/** Collections whose records HighLevel identifies by `_id` (blogs, calendar notifications): they carry both. */
const UNDERSCORE_ID = new Set(['notifications', 'authors', 'categories', 'posts', 'sites']);

export class Store {
  private readonly collections = new Map<string, Map<string, Json>>();
  private clock = Date.parse('2026-01-05T09:00:00Z');

  /** Strictly increasing timestamps, so "newest first" is well defined even within one millisecond. */
  now(): string {
    this.clock = Math.max(this.clock + 1, Date.now());
    return new Date(this.clock).toISOString();
  }

  private records(collection: string): Map<string, Json> {
    let records = this.collections.get(collection);
    if (!records) {
      records = new Map();
      this.collections.set(collection, records);
    }
    return records;
  }

  /** Newest first, as HighLevel's lists (and Zapier's polling) expect. */
  list(collection: string): Json[] {
    return [...this.records(collection).values()].reverse();
  }

  get(collection: string, id: string): Json | undefined {
    return this.records(collection).get(id);
  }

  insert(collection: string, fields: Json): Json {
    const id = typeof fields.id === 'string' ? fields.id : typeof fields._id === 'string' ? fields._id : newId();
    const now = this.now();
    const record: Json = { dateAdded: now, dateUpdated: now, ...fields, id };
    if (UNDERSCORE_ID.has(collection)) record._id = id;
    this.records(collection).set(id, record);
    return record;
  }

  update(collection: string, id: string, patch: Json): Json | undefined {
    const record = this.get(collection, id);
    if (!record) return undefined;
    Object.assign(record, patch, { id, dateUpdated: this.now() });
    return record;
  }

  remove(collection: string, id: string): boolean {
    return this.records(collection).delete(id);
  }

  /** The collection that holds this id, among the given ones. */
  find(id: string, collections: string[]): { collection: string; record: Json } | undefined {
    for (const collection of collections) {
      const record = this.get(collection, id);
      if (record) return { collection, record };
    }
    return undefined;
  }
}
