import { createAppTester } from 'zapier-platform-core';
import App from '../../../index';
import { conversationHydrators } from '../../../src/triggers/conversations/messageFiles';
import { authData, operationOf } from '../../helpers';

/**
 * The file triggers return `z.dehydrateFile(stashMessageFile, …)`, which needs the hydrator in the app's
 * `hydrators`: until index.ts registers `conversationHydrators`, these tests run an app that does.
 */
export const AppWithHydrators = { ...App, hydrators: { ...((App as { hydrators?: Record<string, unknown> }).hydrators ?? {}), ...conversationHydrators } };
export const fileAppTester = createAppTester(AppWithHydrators);

export const runTrigger = <T = unknown>(key: string, inputData: Record<string, unknown>): Promise<T> =>
  fileAppTester(operationOf('triggers', key).perform as never, {
    authData,
    inputData,
    meta: { isLoadingSample: false, isFillingDynamicDropdown: false, page: 0, limit: -1 },
  } as never) as Promise<T>;

/** What `z.dehydrateFile` produced: `hydrate|||{type, method, bundle}|||hydrate`. */
export const dehydrated = (value: unknown): { type: string; method: string; bundle: Record<string, unknown> } => {
  const match = /^hydrate\|\|\|(.*)\|\|\|hydrate$/.exec(String(value));
  if (!match?.[1]) throw new Error(`not a dehydrated value: ${String(value)}`);
  return JSON.parse(match[1]) as { type: string; method: string; bundle: Record<string, unknown> };
};
