/** The error a piece of work fails with; the test fails if it succeeds. */
export const failureOf = async (work: Promise<unknown>): Promise<Error> => {
  const outcome = await work.then(
    () => undefined,
    (caught: Error) => caught,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a failure');
  return outcome;
};
