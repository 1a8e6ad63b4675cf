import type { Bundle, Create, Search, ZObject } from 'zapier-platform-core';
import { errors } from 'zapier-platform-core';
import type { Context, Json, ObjectKey, OperationSpec } from './common';
import { display, inputFieldsOf, itemsOf, keysOf, recordIn, recordOfRead, run, wrongKindOfAnswer } from './common';
import { isNotFound, UNKNOWN_RESULT, unlessNotFound } from '../http/errors';
import type { Parsed } from '../fields/kit';

type AnyInputs = Parameters<typeof import('../fields/kit').inputs>[0];

export interface CreateActionSpec<S extends AnyInputs> extends OperationSpec<S> {
  /** Where the created/updated object is in the answer (`contact`, or the real wrapper then the documented one); omit to return the answer without its envelope. */
  objectKey?: ObjectKey;
  /** HighLevel answers this action with a list (the created items): let a JSON array through to `result`. */
  answersWithList?: boolean;
  /** Shape the result (for deletes and empty answers: something a later step can use). */
  result?: (response: unknown, input: Parsed<S>, context: Context) => Json;
  /** What to tell the user when HighLevel answers 404 (e.g. "already deleted"). */
  notFoundMessage?: (input: Parsed<S>) => string;
  /** Turns a refusal HighLevel words obscurely into one that says what to do; undefined keeps the error as is. */
  explainRefusal?: (error: unknown) => Error | undefined;
}

/**
 * A write's answer must be a JSON object (a list only where the action expects one): `[]`, `"x"`, `true` or `null`
 * would otherwise "succeed" with an empty result while nobody knows whether HighLevel did anything.
 */
const checkedAnswer = (response: unknown, label: string, listAllowed: boolean): unknown => {
  const isObject = Boolean(response) && typeof response === 'object';
  if (isObject && (listAllowed || !Array.isArray(response))) return response;
  throw wrongKindOfAnswer(label, response, UNKNOWN_RESULT);
};

/** An action over one endpoint: parse and validate the input, send one request, return one object. */
export const createAction = <S extends AnyInputs>(spec: CreateActionSpec<S>): Create => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
  operation: {
    inputFields: inputFieldsOf(spec),
    perform: async (z: ZObject, bundle: Bundle) => {
      try {
        const { input, context, response: raw } = await run(spec, z, bundle);
        const response = checkedAnswer(raw, spec.label, spec.answersWithList ?? false);
        return spec.result ? spec.result(response, input, context) : (recordIn(response, keysOf(spec.objectKey)) ?? {});
      } catch (error) {
        if (spec.notFoundMessage && isNotFound(error)) {
          throw new errors.Error(spec.notFoundMessage(spec.inputs.parse((bundle.inputData ?? {}) as Json)), 'NotFound', 404);
        }
        throw spec.explainRefusal?.(error) ?? error;
      }
    },
    sample: spec.sample,
    outputFields: spec.outputFields,
  },
});

/** The result of a delete: HighLevel answers `{succeded: true}` or nothing; a later step needs the id. */
export const deleted =
  <I>(idOf: (input: I) => string) =>
  (_response: unknown, input: I): Json => ({ id: idOf(input), deleted: true });

export interface SearchActionSpec<S extends AnyInputs> extends OperationSpec<S> {
  /** A list answer's key, or (with `single: true`) the key(s) of the one object found (the real wrapper first). */
  listKey?: string;
  objectKey?: ObjectKey;
  single?: boolean;
  /** Extract the items when neither `listKey` nor `single` describes the answer. */
  results?: (response: unknown, input: Parsed<S>) => Json[];
  mapItem?: (item: Json, input: Parsed<S>) => Json;
  /** Reorder so the best match comes first. */
  rank?: (items: Json[], input: Parsed<S>) => Json[];
}

/** A search: an array with the best match first, `[]` when nothing matches (a 404 is "not found", not an error). */
export const searchAction = <S extends AnyInputs>(spec: SearchActionSpec<S>): Search => ({
  key: spec.key,
  noun: spec.noun,
  display: display(spec),
  operation: {
    inputFields: inputFieldsOf(spec),
    perform: async (z: ZObject, bundle: Bundle) => {
      const outcome = await unlessNotFound(run(spec, z, bundle));
      if (!outcome) return [];
      const { input, response } = outcome;
      const found = spec.results
        ? spec.results(response, input)
        : spec.single
          ? [recordOfRead(response, keysOf(spec.objectKey ?? spec.listKey), spec.label)].filter((item): item is Json => item !== undefined)
          : itemsOf(response, spec.listKey);
      const mapped = found.map((item) => (spec.mapItem ? spec.mapItem(item, input) : item));
      return spec.rank ? spec.rank(mapped, input) : mapped;
    },
    sample: spec.sample,
    outputFields: spec.outputFields,
  },
});
