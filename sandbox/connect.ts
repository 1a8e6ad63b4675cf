import { randomBytes } from 'node:crypto';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { CONNECTION_TYPE_KEY } from '../src/authentication';
import { SANDBOX_CLIENT } from './demo';
import { REGISTERED_REDIRECT_URI } from './oauth';
import type { Sandbox } from './server';

/** Connects the app to the sandbox the way Zapier does, through the app's own OAuth functions (createAppTester). */

type AuthData = Record<string, unknown>;

/** Where Zapier would send the user back after the consent page. */
export const REDIRECT_URI = REGISTERED_REDIRECT_URI;

const ENV_KEYS = ['HIGHLEVEL_API_BASE_URL', 'HIGHLEVEL_MARKETPLACE_URL', 'HIGHLEVEL_LOCAL_TESTING', 'CLIENT_ID', 'CLIENT_SECRET'] as const;

/**
 * Points the app at the sandbox: API and consent page on its URL, its OAuth client. The app reads these at call time.
 * Returns a function that puts the previous values back.
 */
export const pointAppAt = (sandbox: Pick<Sandbox, 'url'>): (() => void) => {
  const previous = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  Object.assign(process.env, {
    HIGHLEVEL_API_BASE_URL: sandbox.url,
    HIGHLEVEL_MARKETPLACE_URL: sandbox.url,
    // The app accepts a loopback host only in local testing (src/http/config.ts).
    HIGHLEVEL_LOCAL_TESTING: 'true',
    CLIENT_ID: SANDBOX_CLIENT.clientId,
    CLIENT_SECRET: SANDBOX_CLIENT.clientSecret,
  });
  return () => {
    for (const key of ENV_KEYS) {
      if (previous[key] === undefined) delete process.env[key];
      else process.env[key] = previous[key];
    }
  };
};

export const appTester = createAppTester(App);

type AppFunction = (z: never, bundle: never) => unknown;
const oauth2Config = App.authentication?.oauth2Config as unknown as Record<'authorizeUrl' | 'getAccessToken' | 'refreshAccessToken', AppFunction>;

/** Runs one of the app's functions with a bundle, as Zapier would. */
export const runApp = <T>(method: AppFunction, bundle: { authData?: AuthData; inputData?: AuthData; meta?: AuthData }): Promise<T> =>
  appTester(method as never, bundle as never) as Promise<T>;

/**
 * authorizeUrl → the sandbox's consent page → its redirect back with a code → the app's getAccessToken, then the
 * app's connection test. Returns the connection's authData.
 */
export const connectApp = async (sandbox: Sandbox, options: { agency?: boolean } = {}): Promise<AuthData> => {
  pointAppAt(sandbox);
  const state = randomBytes(8).toString('hex');
  // The connection's own auth field (asked before the redirect); Zapier keeps it in authData.
  const fields = { [CONNECTION_TYPE_KEY]: options.agency ? 'Company' : 'Location' };
  const authorizeUrl = new URL(await runApp<string>(oauth2Config.authorizeUrl, { inputData: { ...fields, redirect_uri: REDIRECT_URI, state } }));
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || !location) throw new Error(`the consent page answered ${consent.status}: ${await consent.text()}`);
  const back = new URL(location);
  if (!location.startsWith(REDIRECT_URI) || back.searchParams.get('state') !== state) throw new Error('the consent page did not redirect back with the state');
  const tokens = await runApp<AuthData>(oauth2Config.getAccessToken, {
    inputData: { ...fields, code: back.searchParams.get('code'), redirect_uri: REDIRECT_URI, state },
  });
  const authData: AuthData = { ...fields, ...tokens };
  await testConnection(authData);
  return authData;
};

/** The app's connection test; its answer also names the connection (`connectionLabel`). */
export const testConnection = (authData: AuthData): Promise<AuthData> =>
  runApp<AuthData>(App.authentication!.test as unknown as AppFunction, { authData });

/** The label Zapier shows for the connection, from the app's template and the test's answer. */
export const connectionLabel = (testResult: AuthData): string => {
  const template = String(App.authentication?.connectionLabel ?? '');
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_all, key: string) => String(testResult[key] ?? ''));
};

/** The app's refreshAccessToken: what Zapier runs after a RefreshAuthError. Returns the connection's new authData. */
export const refreshConnection = async (authData: AuthData): Promise<AuthData> => {
  const refreshed = await runApp<AuthData>(oauth2Config.refreshAccessToken, { authData });
  return { ...authData, ...refreshed };
};

export type Kind = 'triggers' | 'creates' | 'searches';

/** Runs one operation's perform, as a Zap step would. */
export const runOperation = <T = unknown>(kind: Kind, key: string, inputData: AuthData, authData: AuthData): Promise<T> => {
  const definition = (App as unknown as Record<Kind, Record<string, { operation: { perform: AppFunction } }> | undefined>)[kind]?.[key];
  if (!definition) throw new Error(`the app has no ${kind} ${key}`);
  return runApp<T>(definition.operation.perform, {
    authData,
    inputData,
    meta: { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1 },
  });
};

/** True for the error createAppTester surfaces when a request got a 401 and the app has autoRefresh. */
export const isRefreshAuthError = (error: unknown): boolean => error instanceof Error && error.name === 'RefreshAuthError';
