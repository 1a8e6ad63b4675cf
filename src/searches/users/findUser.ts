import { searchAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { itemsOf } from '../../factories/common';
import { email, inputs, invalidInput, string } from '../../fields/kit';
import { userOutputFields, userSample, userSearchQuery, withUserName } from '../../fields/user';
import { apiPath } from '../../http/path';

const fields = inputs({
  email: email({ label: 'Email', helpText: 'Find the user with exactly this email address. Takes precedence over the name.' }),
  name: string({ label: 'Name', maxLength: 200, helpText: 'Find users whose name contains this text; an exact full-name match comes first.' }),
});

const folded = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** 0 best: the exact email or full name, then names that start with the text, then the rest of HighLevel's matches. */
const closeness = (user: Json, wanted: string): number => {
  const name = folded(user.name);
  if (name === wanted) return 0;
  if (name.startsWith(wanted)) return 1;
  return 2;
};

/**
 * GET /users/search (companyId required) within the sub-account, with HighLevel's text `query` (name, email or
 * phone). Works with a sub-account connection, unlike the agency-only filter-by-email route. By email only exact
 * matches count (HighLevel's query also matches parts); by name the closest names come first.
 */
export default searchAction({
  key: 'find_user',
  noun: 'User',
  label: 'Find User',
  description: 'Finds a user of the sub-account by email or name.',
  inputs: fields,
  request: (input, { connection }) => {
    const query = input.email ?? input.name;
    if (!query) throw invalidInput(['Give an Email (email) or a Name (name) to search by.']);
    return { method: 'GET', path: apiPath`/users/search`, query: userSearchQuery(connection.companyId, connection.locationId, { query }) };
  },
  results: (response, input) => {
    const users = itemsOf(response, 'users').map(withUserName);
    if (input.email) return users.filter((user) => folded(user.email) === folded(input.email));
    const wanted = folded(input.name);
    return users
      .map((user, index) => ({ user, index, rank: closeness(user, wanted) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ user }) => user);
  },
  sample: userSample,
  outputFields: userOutputFields,
});
