import { describe, expect, it } from 'vitest';
import { ApiError, OfflineError } from '../api/http';
import { setLang } from '../i18n/i18n';
import { decideErrorText, reasonWarnings, warningLine } from './decide-actions';

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
  it('says what went wrong in both languages', async () => {
    await setLang('de');
    expect(decideErrorText(breach)).toBe('Bitte eine Begründung angeben.');
    expect(decideErrorText(new OfflineError('down'))).toBe('Das geht nur mit Verbindung.');
    await setLang('en');
    expect(decideErrorText(new ApiError(409, 'conflict', 'x'))).toBe(
      'The shift is no longer waiting for confirmation.',
    );
    expect(decideErrorText(new ApiError(500, 'internal_error', 'x'))).toBe(
      'That did not work (internal_error). Please try again later.',
    );
  });
  it('names a breach by its rule, paragraph and day', async () => {
    await setLang('de');
    const w = { path: 'reason', code: 'daily_rest', message: '§ 32 K-GMG (2026-12-10)' };
    expect(warningLine(w)).toBe('Ruhezeit zwischen zwei Tagen: § 32 K-GMG, Do., 10.12.');
    await setLang('en');
    expect(warningLine(w)).toMatch(/^Rest between two days: § 32 K-GMG, Thu/);
    expect(warningLine({ path: 'reason', code: 'new_rule', message: '§ 1 X' })).toBe('new_rule: § 1 X');
  });
});
