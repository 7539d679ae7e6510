import type { Issue } from '../../shared/errors/errors';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/schemas';
import { at } from './texts';

export type PasswordErrors = { currentPassword?: string; newPassword?: string };

/** Issues (from the shared schema on the device, or from the server) as texts at their fields. */
export function passwordErrors(issues: readonly Issue[]): PasswordErrors {
  const out: PasswordErrors = {};
  for (const i of issues) {
    if (i.path === 'currentPassword')
      out.currentPassword ??= i.code === 'wrong_password' ? at('wrongPassword') : at('required');
    if (i.path === 'newPassword')
      out.newPassword ??=
        i.code === 'too_small'
          ? at('tooShort', { min: MIN_PASSWORD_LENGTH })
          : i.code === 'password_too_common'
            ? at('tooCommon')
            : at('sameAsOld');
  }
  return out;
}
