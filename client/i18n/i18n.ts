import { createEffect, createRoot, createSignal } from 'solid-js';
import { type Dictionary, de, type MessageKey } from './de';

export type Lang = 'de' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'ikz.lang';
// German is the first language and ships in the first load; English (a sixth of the first load's
// JavaScript) is fetched when chosen. The service worker precaches it, so switching works offline.
const dictionaries: Partial<Record<Lang, Dictionary>> = { de };
const loaders: Record<Lang, () => Promise<Dictionary>> = {
  de: () => Promise.resolve(de),
  en: () => import('./en').then((m) => m.en),
};

async function loadLang(next: Lang): Promise<Dictionary> {
  const loaded = dictionaries[next] ?? (await loaders[next]());
  dictionaries[next] = loaded;
  return loaded;
}
const locales: Record<Lang, string> = { de: 'de-AT', en: 'en-GB' };

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

// The signal names a language only once its texts are here, so `t` never reads a missing dictionary.
const [lang, setLangSignal] = createSignal<Lang>('de');
export { lang };

/** Resolves when the stored language's texts are loaded: the first screen waits for it. */
export const langReady: Promise<void> = (() => {
  const stored = initialLang();
  return stored === 'de'
    ? Promise.resolve()
    : loadLang(stored).then(
        () => void setLangSignal(stored),
        // Offline before the chunk was ever cached: German rather than no screen.
        () => undefined,
      );
})();

/** Switches the language once its texts are loaded; the choice is remembered on this device. */
export async function setLang(next: Lang): Promise<void> {
  await loadLang(next);
  setLangSignal(next);
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode without storage: the choice lasts for this visit.
  }
}

// The document language follows the UI so screen readers pronounce it right.
createRoot(() => {
  createEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang();
  });
});

export const locale = (): string => locales[lang()];

export type Params = Record<string, string | number>;

const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;

export function t(key: MessageKey, params?: Params): string {
  return fill((dictionaries[lang()] ?? de)[key], params);
}

/**
 * The texts of a part of the app that only some roles load (administration, my account): kept in its
 * own module, so they stay out of the first load's bundle. The English map must have the German keys
 * (the compiler checks it); `t` follows the current language like the main dictionary.
 */
export function textsOf<K extends string>(
  deTexts: Readonly<Record<K, string>>,
  enTexts: Readonly<Record<K, string>>,
): (key: K, params?: Params) => string {
  const maps: Record<Lang, Readonly<Record<K, string>>> = { de: deTexts, en: enTexts };
  return (key, params) => fill(maps[lang()][key], params);
}

/** Plural keys come in `_one` / `_other` pairs; the count is passed as {n}. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;
export function tn(base: PluralBase, n: number, params?: Params): string {
  const key = `${base}_${n === 1 ? 'one' : 'other'}` as MessageKey;
  return t(key, { ...params, n: formatNumber(n) });
}

/** A key built at run time (server codes); falls back when the dictionary has no such entry. */
export function tCode(prefix: string, code: string, fallback: MessageKey, params?: Params): string {
  const key = `${prefix}.${code}`;
  return key in de ? t(key as MessageKey, params) : t(fallback, { code, ...params });
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  id: string,
  make: (loc: string) => T,
): T {
  const key = `${locale()}|${id}`;
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make(locale());
    cache.set(key, f);
  }
  return f;
}

export const formatNumber = (n: number): string => cached('num', (l) => new Intl.NumberFormat(l)).format(n);

/** Calendar dates (YYYY-MM-DD) are formatted at UTC noon so no zone shifts the day. */
const atNoon = (date: string): Date => new Date(`${date}T12:00:00Z`);

export const formatDayLong = (date: string): string =>
  cached(
    'dayLong',
    (l) => new Intl.DateTimeFormat(l, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  ).format(atNoon(date));

export const formatDayShort = (date: string): string =>
  cached(
    'dayShort',
    (l) => new Intl.DateTimeFormat(l, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }),
  ).format(atNoon(date));

export const formatDate = (date: string): string =>
  cached(
    'date',
    (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
  ).format(atNoon(date));

export const formatDateTime = (iso: string, timeZone: string): string =>
  cached(
    `dt|${timeZone}`,
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'short', timeStyle: 'short', timeZone }),
  ).format(new Date(iso));

/** "vor 2 Min." / "2 min ago"; seconds are rounded into "gerade eben"-like "now". */
export function formatRelative(iso: string, now: Date): string {
  const rtf = cached('rel', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto', style: 'short' }));
  const seconds = Math.round((Date.parse(iso) - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

/** Minutes as h:mm, the way hours are written on time sheets. */
export function formatHours(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const m = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** ISO week number of a date (YYYY-MM-DD): counted by the week's Thursday. */
export function isoWeek(date: string): number {
  const thursday = new Date(`${date}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7);
}
