import type { Bundle, PlainInputField, ZObject } from 'zapier-platform-core';
import { picksSubAccount, subAccountInputs } from '../connection';

/** The four operations HighLevel only allows with an agency token. */
export const AGENCY_ONLY_OPERATIONS: ReadonlySet<string> = new Set(['get_company', 'create_location', 'list_snapshots', 'find_users_by_email']);

/** Operations that address the agency or a location by id themselves, so an agency connection needs no sub-account. */
const AGENCY_LEVEL_OPERATIONS: ReadonlySet<string> = new Set([...AGENCY_ONLY_OPERATIONS, 'get_location', 'list_locations']);

/**
 * With an agency connection, the first input of a location-scoped step: which sub-account it works on.
 * A sub-account connection, or an agency token bound to one sub-account, gets nothing (the connection already is one).
 */
export const subAccountInput = (_z: ZObject, bundle: Bundle): PlainInputField[] => (picksSubAccount(bundle) ? subAccountInputs.fields : []);

type OperationDefinition = { key: string; display?: { hidden?: boolean }; operation: { inputFields?: unknown[] } };

/**
 * Gives a location-scoped operation the Sub-account input. Hidden dropdown triggers need none: Zapier fills them
 * with the step's own input, Sub-account included.
 */
export const withSubAccountInput = <T extends OperationDefinition>(definition: T): T =>
  AGENCY_LEVEL_OPERATIONS.has(definition.key) || definition.display?.hidden
    ? definition
    : { ...definition, operation: { ...definition.operation, inputFields: [subAccountInput, ...(definition.operation.inputFields ?? [])] } };
