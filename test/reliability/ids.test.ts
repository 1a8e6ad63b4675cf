import type { OperationCase, SeenRequest } from './support';
import { answerSpecRequests, detailsOf, everyOperation, Figures, runCase, specRouteOf } from './support';

/**
 * Issue 8 (part A): ids cannot steer requests. For every operation, each input that goes into the request path is
 * given hostile values: the ones the input accepts must reach the same endpoint as exactly one encoded segment
 * (the path still matches the same endpoint of HighLevel's spec, nothing leaks into the query); values with `/`, `\`,
 * `?`, `#` or spaces must be refused before any request.
 */

const figures = new Figures('Ids: hostile values tried in path ids');

/** Accepted by an id input, yet each would change the path if it were not encoded as one segment. */
const STEERING = ['..', '.', 'a%2Fb', '%2e%2e', 'x;y', 'a&b=c', '%00', '..%2F..%2Foauth%2Ftoken', 'ünï-名前', 'a:b@c', 'a+b', "a'b\"c", '*', '$(id)'];
/** Must be refused before any request. */
const REFUSED = ['a/b', '../contacts', 'a b', 'abc?x=1', 'a#b', 'a\\b', '/'];


const segmentsOf = (path: string) => path.split('/');
const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** The inputs whose value is one whole segment of a request's path, with where: request index and segment index. */
const pathInputsOf = (entry: OperationCase, seen: SeenRequest[]) =>
  Object.entries(entry.inputData).flatMap(([key, value]) => {
    if (typeof value !== 'string') return [];
    for (const [requestIndex, request] of seen.entries()) {
      const segmentIndex = segmentsOf(request.path).findIndex((segment) => decoded(segment) === value);
      if (segmentIndex > 0) return [{ key, requestIndex, segmentIndex }];
    }
    return [];
  });

const OK = { status: 200, body: {} };

/** Runs the operation once with its valid input, then with each hostile value (`only` picks which) in each path id. */
const checkOperation = async (key: string, entry: OperationCase, only: (hostile: string) => boolean): Promise<number> => {
    const baselineSeen = answerSpecRequests(() => OK);
    await runCase(entry);
    const baseline = baselineSeen.map((request) => ({ ...request }));
    expect(baseline.length).toBeGreaterThan(0);
    expect(baselineSeen.problems).toEqual([]);
    const pathInputs = pathInputsOf(entry, baseline);
    if (!pathInputs.length) return 0;

    for (const { key: input, requestIndex, segmentIndex } of pathInputs) {
      const expected = baseline[requestIndex]!;
      for (const hostile of STEERING.filter(only)) {
        await figures.check('accepted values stay one segment', async () => {
          baselineSeen.length = 0;
          baselineSeen.problems.length = 0;
          const outcome = await runCase(entry, { inputData: { ...entry.inputData, [input]: hostile } });
          if (outcome.error && detailsOf(outcome.error).code === 'InvalidInput') {
            expect(baselineSeen).toHaveLength(0); // refused before any request: fine too
            return;
          }
          const sent = baselineSeen[requestIndex];
          expect(sent?.method).toBe(expected.method);
          const sentSegments = segmentsOf(sent!.path);
          const expectedSegments = segmentsOf(expected.path);
          expect(sentSegments).toHaveLength(expectedSegments.length);
          expect(decoded(sentSegments[segmentIndex]!)).toBe(hostile);
          expect(sentSegments.filter((_, index) => index !== segmentIndex)).toEqual(expectedSegments.filter((_, index) => index !== segmentIndex));
          expect([...sent!.query.keys()].sort()).toEqual([...expected.query.keys()].sort());
          expect(specRouteOf(sent!.method, sent!.path)?.template).toBe(specRouteOf(expected.method, expected.path)!.template);
          expect(baselineSeen.problems).toEqual([]);
        });
      }
      for (const hostile of REFUSED.filter(only)) {
        await figures.check('unsafe values refused before any request', async () => {
          baselineSeen.length = 0;
          const outcome = await runCase(entry, { inputData: { ...entry.inputData, [input]: hostile } });
          expect(outcome.error && detailsOf(outcome.error)).toMatchObject({ code: 'InvalidInput' });
          expect(baselineSeen).toHaveLength(0);
        });
      }
    }
    return pathInputs.length;
};

let pathIdCount = 0;
afterAll(() => {
  figures.note('accepted values stay one segment', `${pathIdCount} path ids in ${everyOperation.length} operations`);
  figures.print();
});

describe('hostile ids', () => {
  it.each(everyOperation)('%s: path ids stay one segment, unsafe ones are refused', async (key, entry) => {
    pathIdCount += await checkOperation(key, entry, () => true);
  });
});
