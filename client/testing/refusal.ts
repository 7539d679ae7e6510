import { expect } from 'vitest';
import { AppError } from '../../shared/errors/errors';

/** Tests only: the AppError a local write refused with (fails the test when it did not refuse). */
export async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}
