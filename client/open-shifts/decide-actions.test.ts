import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError } from '../api/http';
import { setLang } from '../i18n/i18n';
import { decideErrorText, reasonWarnings } from './decide-actions';

describe('decide actions', () => {
  const breach = new ApiError(400, 'validation_failed', 'give a reason', [
    { path: 'reason', code: 'arbzg.daily', message: 'ArbZG § 3 (2026-03-31)' },
  ]);
  it('finds the working-time breaches a confirm needs a reason for, and nothing in other refusals', () => {
    expect(reasonWarnings(breach)).toEqual([
      { path: 'reason', code: 'arbzg.daily', message: 'ArbZG § 3 (2026-03-31)' },
    ]);
    expect(
      reasonWarnings(new ApiError(409, 'conflict', 'x', [{ path: 'state', code: 's', message: 'taken' }])),
    ).toEqual([]);
  });
  it('says what went wrong in both languages', () => {
    setLang('de');
    expect(decideErrorText(breach)).toBe('Bitte eine Begründung angeben.');
    expect(decideErrorText(new OfflineError('down'))).toBe('Das geht nur mit Verbindung.');
    setLang('en');
    expect(decideErrorText(new ApiError(409, 'conflict', 'x'))).toBe(
      'The shift is no longer waiting for confirmation.',
    );
    expect(decideErrorText(new ApiError(500, 'internal_error', 'x'))).toBe(
      'That did not work (internal_error). Please try again later.',
    );
  });
});
