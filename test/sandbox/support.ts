import { connectApp, pointAppAt } from '../../sandbox/connect';
import { startSandbox, type Sandbox } from '../../sandbox/server';

export interface ConnectedSandbox {
  sandbox: Sandbox;
  authData: Record<string, unknown>;
}

/**
 * One sandbox for the test file, the app pointed at it and connected through OAuth (a sub-account, or an agency),
 * closed after the file; `reset` puts the demo data back before each test. Read the fields inside tests (they are
 * set in beforeAll).
 */
export const useConnectedSandbox = (options: { agency?: boolean; reset?: boolean } = {}): ConnectedSandbox => {
  const connected = {} as ConnectedSandbox;
  let restoreEnv: (() => void) | undefined;
  beforeAll(async () => {
    connected.sandbox = await startSandbox({ rateLimit: false });
    restoreEnv = pointAppAt(connected.sandbox);
    connected.authData = await connectApp(connected.sandbox, { agency: options.agency ?? false });
  }, 120_000);
  afterAll(async () => {
    restoreEnv?.();
    await connected.sandbox?.close();
  });
  if (options.reset ?? true) beforeEach(() => connected.sandbox.reset());
  return connected;
};
