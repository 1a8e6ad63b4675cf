import { AGENCY_SCOPES, EXTENSION_SCOPES, SCOPES } from '../src/scopes';

/**
 * `npm run scopes`: the scopes to tick in the HighLevel marketplace app (Advanced Settings › Auth › Scopes), printed
 * from `src/scopes.ts` — the list the app asks for at connection time — so nobody copies it by hand.
 * `npm run scopes -- --line` prints them on one line, space-separated (as the OAuth `scope` parameter).
 */

const appScopes = [...SCOPES, ...EXTENSION_SCOPES];
const oneLine = process.argv.includes('--line');

if (oneLine) {
  process.stdout.write(`${[...appScopes, ...AGENCY_SCOPES].join(' ')}\n`);
} else {
  const list = (scopes: readonly string[]) => scopes.map((scope) => `  ${scope}`).join('\n');
  process.stdout.write(
    `Scopes every connection asks for (${appScopes.length}):\n${list(appScopes)}\n\nAlso for agency connections (${AGENCY_SCOPES.length}):\n${list(AGENCY_SCOPES)}\n`,
  );
}
