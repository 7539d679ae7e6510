import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from './de';
import { en } from './en';
import { formatHours, isoWeek, setLang, t, tCode, textsOf, tn } from './i18n';

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('fills parameters and plural forms', async () => {
    await setLang('de');
    expect(tn('logout.unsent', 3)).toBe(
      '3 Änderungen wurden noch nicht übertragen. Trotzdem abmelden? Sie gehen verloren.',
    );
    expect(tn('sync.pending', 1)).toBe('1 Änderung wartet');
    await setLang('en');
    expect(tn('sync.pending', 2)).toBe('2 changes waiting');
    await setLang('de');
  });

  it('translates known server codes and falls back for unknown ones', async () => {
    await setLang('de');
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

  it('keeps the texts of a lazily loaded part in their own maps, following the language', async () => {
    const ta = textsOf({ 'x.hello': 'Hallo {name}' }, { 'x.hello': 'Hello {name}' });
    await setLang('en');
    expect(ta('x.hello', { name: 'Eva' })).toBe('Hello Eva');
    await setLang('de');
    expect(ta('x.hello', { name: 'Eva' })).toBe('Hallo Eva');
  });
});

describe('loading English on demand', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('keeps German until the stored English texts have loaded, then draws in English', async () => {
    vi.stubGlobal('localStorage', { getItem: () => 'en', setItem: () => undefined });
    vi.resetModules();
    const fresh = await import('./i18n');
    // The first screen waits for `langReady`; before it, no English dictionary is there to read.
    expect(fresh.lang()).toBe('de');
    expect(fresh.t('app.cancel')).toBe(de['app.cancel']);
    await fresh.langReady;
    expect(fresh.lang()).toBe('en');
    expect(fresh.t('app.cancel')).toBe(en['app.cancel']);
  });

  it('switches only once the texts are there, and remembers the choice', async () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => void stored.set(k, v),
    });
    vi.resetModules();
    const fresh = await import('./i18n');
    const switching = fresh.setLang('en');
    expect(fresh.lang()).toBe('de');
    await switching;
    expect(fresh.lang()).toBe('en');
    expect(stored.get('ikz.lang')).toBe('en');
  });
});
