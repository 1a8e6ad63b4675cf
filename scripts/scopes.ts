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
  process.stdout.write(`Scopes every connection asks for (${appScopes.length}):\n${appScopes.map((scope) => `  ${scope}`).join('\n')}\n\n`);
  process.stdout.write(`Also for agency connections (${AGENCY_SCOPES.length}):\n${AGENCY_SCOPES.map((scope) => `  ${scope}`).join('\n')}\n`);
}
