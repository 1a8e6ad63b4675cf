import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { marketplaceAppId } from '../../http/config';
import { apiPath } from '../../http/path';

const PAGE_SIZE = 100;

/**
 * The sub-accounts an agency connection can work on: those the app is installed on
 * (GET /oauth/installedLocations, agency token), a page at a time, named "name — address".
 */
export default dropdownTrigger({
  key: 'dropdown_sub_accounts',
  noun: 'Sub-account',
  inputs: inputs({}),
  request: (_input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/oauth/installedLocations`,
    query: { companyId: connection.companyId, appId: marketplaceAppId(), isInstalled: true, skip: page * PAGE_SIZE, limit: PAGE_SIZE },
  }),
  listKey: 'locations',
  idField: '_id',
  mapItem: (location) => ({
    ...location,
    name: [location.name, location.address].filter((part) => typeof part === 'string' && part.trim()).join(' — ') || String(location._id),
  }),
  canPaginate: true,
  sample: { id: 've9EPM428h8vShlRW1KT', _id: 've9EPM428h8vShlRW1KT', name: 'Rivera Renovations — 47 W 13th St, New York, NY 10011, USA' },
});
