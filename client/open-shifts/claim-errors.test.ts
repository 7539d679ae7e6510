import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError } from '../api/http';
import { setLang } from '../i18n/i18n';
import { claimErrorText } from './claim-errors';

describe('claimErrorText', () => {
  it('names who was quicker', async () => {
    await setLang('de');
    const err = new ApiError(409, 'already_taken', 'Already taken by Anna', [
      { path: 'claimedBy', code: 'already_taken', message: 'Anna Steiner' },
    ]);
    expect(claimErrorText(err)).toBe('Schon vergeben: Anna Steiner war schneller.');
  });
  it('tells a withdrawn shift apart, a missing skill and being offline', async () => {
    await setLang('en');
    expect(claimErrorText(new ApiError(409, 'already_taken', 'withdrawn'))).toBe('This shift was withdrawn.');
    const skill = new ApiError(422, 'missing_skill', 'x', [
      { path: 'skills', code: 'missing_skill', message: 'Meldeamt' },
    ]);
    expect(claimErrorText(skill)).toBe('You lack: Meldeamt');
    expect(claimErrorText(new OfflineError('down'))).toBe('Taking a shift needs a connection.');
  });
});
