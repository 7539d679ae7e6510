import { describe, expect, it } from 'vitest';
import { changePasswordSchema } from '../../shared/account/schemas';
import { issuesFromZod } from '../../shared/errors/errors';
import { setLang } from '../i18n/i18n';
import { passwordErrors } from './password-errors';

describe('password form errors', () => {
  it("puts the shared schema's issues at their fields, in German", async () => {
    await setLang('de');
    const parsed = changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'kurz' });
    expect(parsed.success).toBe(false);
    const errors = passwordErrors(parsed.success ? [] : issuesFromZod(parsed.error));
    expect(errors.currentPassword).toBe('Bitte ausfüllen.');
    expect(errors.newPassword).toBe('Das neue Passwort braucht mindestens 10 Zeichen.');
  });

  it("shows the server's answers at their fields: wrong current password, too common a new one", async () => {
    await setLang('en');
    const errors = passwordErrors([
      { path: 'currentPassword', code: 'wrong_password', message: '' },
      { path: 'newPassword', code: 'password_too_common', message: '' },
    ]);
    expect(errors).toEqual({
      currentPassword: 'The current password is wrong.',
      newPassword: 'This password is too common. Please choose another one.',
    });
    await setLang('de');
  });
});
