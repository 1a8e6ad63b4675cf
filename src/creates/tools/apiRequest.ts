import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import type { Json } from '../../factories/common';
import { connectionOf } from '../../connection';
import { checkedApiPath, LOCATION_PLACEHOLDER, parseJsonBody, scrubAnswer, wholeAnswer } from '../../fields/apiRequest';
import { choice, dict, inputs, invalidInput, string, text } from '../../fields/kit';
import type { HttpMethod } from '../../http/client';
import { callApi } from '../../http/client';
import { secretsOf } from '../../http/errors';
import { locationTokenForPath } from '../../http/locationToken';

const fields = inputs({
  method: choice({ label: 'Method', required: true, default: 'GET', values: { GET: 'GET', POST: 'POST', PUT: 'PUT', PATCH: 'PATCH', DELETE: 'DELETE' } }),
  path: string({
    label: 'Path',
    required: true,
    maxLength: 2000,
    helpText:
      `The endpoint on HighLevel's API (\`https://services.leadconnectorhq.com\`, which cannot be changed), such as \`/contacts/abc123\` or ` +
      `\`/locations/${LOCATION_PLACEHOLDER}/customValues\`; \`${LOCATION_PLACEHOLDER}\` is replaced by the sub-account's ID. ` +
      'See [HighLevel\'s API documentation](https://marketplace.gohighlevel.com/docs/).',
  }),
  query: dict({ label: 'Query', helpText: 'Query parameters, such as limit = 20.' }),
  // A choice of where to add the connection's sub-account, not an id to type: its key says so (not `…Id`).
  addSubAccount: choice({
    label: 'Add the Sub-account',
    values: { none: 'No', query: 'As the locationId query parameter', body: 'As locationId in the JSON body' },
    default: 'none',
    helpText: "Many endpoints want the sub-account's ID as `locationId`: this adds the connection's sub-account to the query or to the JSON body for you.",
  }),
  body: text({ label: 'Body (JSON)', helpText: 'The JSON body for POST, PUT, PATCH or DELETE, such as {"name": "Spring sale"}.' }),
});

/**
 * A call to any HighLevel endpoint the app's actions do not cover, through the same request layer as every step:
 * the connection's token (an agency step: the sub-account's token), the Version header of the path's service,
 * HighLevel's errors mapped. The user controls method, path, query and body only; never the host or headers.
 */
const perform = async (z: ZObject, bundle: Bundle): Promise<Json> => {
  const input = fields.parse((bundle.inputData ?? {}) as Json);
  const connection = connectionOf(bundle);
  const path = checkedApiPath(input.path, () => connection.locationId);
  let body = input.body === undefined ? undefined : parseJsonBody(input.body);
  if (body !== undefined && input.method === 'GET') throw invalidInput(['Body (body): a GET request has no body; use Query instead.']);
  const query: Record<string, string> = Object.fromEntries(
    Object.entries(input.query ?? {}).map(([key, value]) => [key.trim(), typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  if (input.addSubAccount === 'query') query.locationId = connection.locationId;
  if (input.addSubAccount === 'body') {
    if (input.method === 'GET') throw invalidInput(['Add the Sub-account (addSubAccount): a GET request has no body; add it to the query.']);
    if (Array.isArray(body)) throw invalidInput(['Add the Sub-account (addSubAccount): the body is a JSON array; add locationId yourself or use the query.']);
    body = { ...((body as Json | undefined) ?? {}), locationId: connection.locationId };
  }
  const answer = await callApi(z, bundle, { method: input.method as HttpMethod, path, query, body });
  const locationToken = await locationTokenForPath(z, bundle, path);
  return wholeAnswer(scrubAnswer(answer, [...secretsOf(bundle.authData), locationToken]));
};

const apiRequest: Create = {
  key: 'api_request',
  noun: 'API Request',
  display: {
    label: 'API Request (Beta)',
    description: "Sends a request to any endpoint of HighLevel's API with this connection and returns HighLevel's answer.",
  },
  operation: {
    inputFields: fields.fields,
    perform,
    sample: { contact: { id: 'seD4PfOuKoVMLkEZqohJ', firstName: 'Rosan', lastName: 'Deo', email: 'rosan@deos.com', locationId: 've9EPM428h8vShlRW1KT' }, traceId: '0f6a3b52-8c1e-4a44-9d3e-2b1f7c6d5e4a' },
    outputFields: [
      { key: 'items', label: 'Items (when HighLevel answers a list)' },
      { key: 'result', label: 'Result (when HighLevel answers a plain value)' },
      { key: 'traceId', label: 'HighLevel Trace ID' },
    ],
  },
};

export default apiRequest;
