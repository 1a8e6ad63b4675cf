import { dereferenceSync } from 'dereference-json-schema';

/**
 * openapi-backend requires @apidevtools/json-schema-ref-parser, an ES module: Node 22 can require() it, jest's module
 * loader cannot. jest.config.js maps it (moduleNameMapper) to openapi-backend's own synchronous dereferencer, the one its
 * `quick` mode uses; routing and validation are openapi-backend's as everywhere else. The spec is one self-contained
 * document (local $refs only), so nothing needs fetching.
 */
export const refParserStandIn = {
  parse: async (document: object) => structuredClone(document),
  dereference: async (document: object) => dereferenceSync(structuredClone(document) as never),
  resolve: async () => {
    throw new Error('resolve() is not used for a self-contained document');
  },
};

export default refParserStandIn;
