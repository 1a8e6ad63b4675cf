import { defineApp, version as platformVersion } from 'zapier-platform-core';
import packageJson from './package.json';
import authentication from './src/authentication';
import { addHighLevelHeaders, mapHighLevelErrors } from './src/http/middleware';
import creates from './src/creates';
import { withNamesBesideIds } from './src/fields/names';
import { withSubAccountInput } from './src/fields/subAccount';
import searchOrCreates from './src/searchOrCreates';
import searches from './src/searches';
import triggers from './src/triggers';
import { conversationHydrators } from './src/triggers/conversations/messageFiles';

const byKey = <T extends { key: string }>(items: T[]): Record<string, T> => Object.fromEntries(items.map((item) => [item.key, item]));

/**
 * The HighLevel app: an OAuth connection to one sub-account or to an agency (each step then picks a sub-account),
 * one request layer, every operation by key.
 */
export default defineApp({
  version: packageJson.version,
  platformVersion,
  authentication,
  beforeRequest: [addHighLevelHeaders],
  afterResponse: [mapHighLevelErrors],
  // Outputs that carry user, pipeline, stage, calendar or lost reason ids get their names beside them.
  triggers: byKey(triggers.map(withSubAccountInput).map(withNamesBesideIds)),
  creates: byKey(creates.map(withSubAccountInput).map(withNamesBesideIds)),
  searches: byKey(searches.map(withSubAccountInput).map(withNamesBesideIds)),
  searchOrCreates: byKey(searchOrCreates),
  // Recordings and transcripts are downloaded and stashed only when a later step uses the file.
  hydrators: { ...conversationHydrators },
});
