/** How a test reads a failure: the error thrown or rejected, and a z.errors.Error as Zapier reads it. No app loaded here. */

/** The error a piece of work fails with; the test fails if it succeeds. */
export const failureOf = async (work: Promise<unknown>): Promise<Error> => {
  const outcome = await work.then(
    () => undefined,
    (caught: Error) => caught,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a failure');
  return outcome;
};

/** The error `work` throws when called; the test fails if it returns. */
export const thrownBy = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

/** A z.errors.Error as Zapier reads it: an AppError whose message is the JSON of {message, code, status}. */
export const appErrorOf = (error: unknown): { message: string; code: string; status: number } => {
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('AppError');
  return JSON.parse((error as Error).message) as { message: string; code: string; status: number };
};
