import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { formatHours, isoWeek, setLang, t, tCode, textsOf, tn } from './i18n';

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('fills parameters and plural forms', () => {
    setLang('de');
    expect(tn('logout.unsent', 3)).toBe(
      '3 Änderungen wurden noch nicht übertragen. Trotzdem abmelden? Sie gehen verloren.',
    );
    expect(tn('sync.pending', 1)).toBe('1 Änderung wartet');
    setLang('en');
    expect(tn('sync.pending', 2)).toBe('2 changes waiting');
    setLang('de');
  });

  it('translates known server codes and falls back for unknown ones', () => {
    setLang('de');
    expect(tCode('reason', 'entry_locked', 'reason.other')).toBe(de['reason.entry_locked']);
    expect(tCode('reason', 'weird_code', 'reason.other')).toBe('Vom Server abgelehnt (weird_code).');
    expect(t('week.heading', { week: 3, from: 'a', to: 'b' })).toBe('KW 3: a – b');
  });

  it('formats hours as h:mm', () => {
    expect(formatHours(0)).toBe('0:00');
    expect(formatHours(125)).toBe('2:05');
    expect(formatHours(600)).toBe('10:00');
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2025-12-29')).toBe(1);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2025-11-20')).toBe(47);
  });

  it('keeps the texts of a lazily loaded part in their own maps, following the language', () => {
    const ta = textsOf({ 'x.hello': 'Hallo {name}' }, { 'x.hello': 'Hello {name}' });
    setLang('en');
    expect(ta('x.hello', { name: 'Eva' })).toBe('Hello Eva');
    setLang('de');
    expect(ta('x.hello', { name: 'Eva' })).toBe('Hallo Eva');
  });
});
