import { createHash } from 'node:crypto';
import type { Bundle, ZObject } from 'zapier-platform-core';

/**
 * z.cache for one connection only. Zapier's cache is shared by every connection of the app, so each entry is written
 * with the `auth` scope (Zapier ties it to the connection) *and* under a key that holds a digest of the connection's
 * access token: no other connection can name it, even where the scope is not applied (createAppTester's stand-in).
 * A refreshed token simply starts a fresh entry; everything cached here lives minutes, far less than a token's day.
 */

const SCOPE: Array<'auth'> = ['auth'];

export const digestOf = (value: string): string => createHash('sha256').update(value).digest('hex').slice(0, 16);

/** The key of `name` for this connection (parts: location id, model…). Exported for tests. */
export const connectionCacheKey = (bundle: Bundle, name: string, ...parts: string[]): string =>
  ['highlevel', name, digestOf(String(bundle.authData?.access_token ?? '')), ...parts].join(':');

// Core's cache takes a scope on reads too (tools/create-cache.js); its type declaration omits it.
type ScopedGet = (key: string, scope: string[]) => Promise<unknown>;

export const cacheGet = async <T>(z: ZObject, bundle: Bundle, name: string, ...parts: string[]): Promise<T | null> =>
  ((await (z.cache.get as unknown as ScopedGet)(connectionCacheKey(bundle, name, ...parts), SCOPE)) ?? null) as T | null;

export const cacheSet = async (z: ZObject, bundle: Bundle, value: unknown, ttlSeconds: number, name: string, ...parts: string[]): Promise<void> => {
  await z.cache.set(connectionCacheKey(bundle, name, ...parts), value, ttlSeconds, SCOPE);
};

/** The cached value, or `load()` once and cached for `ttlSeconds`. */
export const cached = async <T>(z: ZObject, bundle: Bundle, ttlSeconds: number, key: [string, ...string[]], load: () => Promise<T>): Promise<T> => {
  const [name, ...parts] = key;
  const hit = await cacheGet<T>(z, bundle, name, ...parts);
  if (hit !== null && hit !== undefined) return hit;
  const value = await load();
  await cacheSet(z, bundle, value, ttlSeconds, name, ...parts);
  return value;
};
