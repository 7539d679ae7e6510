import { AppError, type ErrorCode } from '../../shared/errors/errors';
import { DOUBLE_BOOKED } from '../../shared/planning/double-booking';
import { Rejection } from '../sync/mutation-context';

const codeOf = (r: Rejection): ErrorCode => {
  if (r.code === 'not_found') return 'not_found';
  if (r.code === DOUBLE_BOOKED || r.code === 'id_taken') return 'conflict';
  return 'validation_failed';
};

/** The write checks speak as push answers (Rejection); an online action answers with the API's one error shape. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof Rejection)) throw err;
    throw new AppError(codeOf(err), err.message, err.details);
  }
}
