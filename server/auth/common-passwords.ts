import { dictionary } from '@zxcvbn-ts/language-common';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/schemas';

/**
 * The most common passwords of leaked lists (zxcvbn-ts's list of ~50,000, ranked by frequency), kept
 * only from the minimum length on: shorter ones are refused by the length rule anyway. Loaded on the
 * server only, so the list costs the app's download nothing.
 */
let common: ReadonlySet<string> | undefined;
const list = (): ReadonlySet<string> => {
  common ??= new Set(
    dictionary['passwords-common'].filter((p) => p.length >= MIN_PASSWORD_LENGTH).map((p) => p.toLowerCase()),
  );
  return common;
};

/** Whether `password` is on the list of common passwords, whatever its letter case or surrounding spaces. */
export function isCommonPassword(password: string): boolean {
  return list().has(password.trim().toLowerCase());
}
