import { DEMO, SANDBOX_CLIENT } from './demo';
import { startSandbox } from './server';

/**
 * `npm run sandbox`: keeps the HighLevel sandbox up (PORT, default 4646) and prints the .env lines that point
 * `zapier-platform invoke` at it, with a sub-account token it issued. Stop with Ctrl-C.
 */

const DEFAULT_PORT = 4646;

/** A busy port names the setting to change, instead of a stack trace. */
export const busyPortMessage = (port: number): string =>
  `Port ${port} is already in use (another sandbox still running?). Stop the other process, or choose a free port with the PORT setting: PORT=${port + 1} npm run sandbox`;

const isAddressInUse = (error: unknown): boolean => (error as { code?: unknown } | undefined)?.code === 'EADDRINUSE';

const main = async () => {
  const port = Number.parseInt(process.env.PORT ?? '', 10) || DEFAULT_PORT;
  const sandbox = await startSandbox({ port }).catch((error: unknown) => {
    if (!isAddressInUse(error)) throw error;
    console.error(busyPortMessage(port));
    process.exit(1);
  });
  const token = sandbox.oauth.issue(sandbox.oauth.callerFor('Location'), true);
  console.log(`HighLevel sandbox listening on ${sandbox.url} (validated against the official OpenAPI spec; demo sub-account ${DEMO.locationId}).`);
  console.log('Put these lines in .env to run `npx zapier-platform invoke` against it:\n');
  console.log(
    [
      `CLIENT_ID=${SANDBOX_CLIENT.clientId}`,
      `CLIENT_SECRET=${SANDBOX_CLIENT.clientSecret}`,
      `HIGHLEVEL_API_BASE_URL=${sandbox.url}`,
      `HIGHLEVEL_MARKETPLACE_URL=${sandbox.url}`,
      // The app refuses any host but HighLevel's unless told this is local testing (loopback only).
      'HIGHLEVEL_LOCAL_TESTING=true',
      'authData_connectionType=Location',
      `authData_access_token=${String(token.access_token)}`,
      `authData_refresh_token=${String(token.refresh_token)}`,
      `authData_locationId=${DEMO.locationId}`,
      `authData_companyId=${DEMO.companyId}`,
      `authData_userId=${DEMO.userId}`,
    ].join('\n'),
  );
  console.log('\nThe token lasts 24 h; data lives in memory until the sandbox stops (Ctrl-C).');
  const stop = () => {
    sandbox.close().finally(() => process.exit(0));
  };
  // Ctrl-C, a kill, or the terminal closing: the server stops with the process (`npm run sandbox` execs node, so the
  // signal reaches it directly and nothing is left listening on the port).
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  process.once('SIGHUP', stop);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
