import type { NotificationKind, NotificationParams } from './schema';

export type Lang = 'de' | 'en';
export type RenderedNotification = { title: string; body: string };

/** "Mo., 7.12., 08:00–12:00" in the association's zone, from the ISO instants in the parameters. */
function when(p: NotificationParams, lang: Lang): string {
  const start = p.start ? new Date(p.start) : null;
  const end = p.end ? new Date(p.end) : null;
  if (!start || Number.isNaN(start.getTime())) return '';
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const zone = { timeZone: p.timeZone || 'UTC' };
  const day = start.toLocaleDateString(locale, { ...zone, weekday: 'short', day: 'numeric', month: 'numeric' });
  const time = (d: Date) => d.toLocaleTimeString(locale, { ...zone, hour: '2-digit', minute: '2-digit' });
  return end && !Number.isNaN(end.getTime()) ? `${day}, ${time(start)}–${time(end)}` : `${day}, ${time(start)}`;
}

type Texts = Record<NotificationKind, (w: string, p: NotificationParams) => RenderedNotification>;

const de: Texts = {
  'assignment.assigned': (w, p) => ({ title: 'Neuer Einsatz', body: `${p.place ?? ''}: ${w}` }),
  'assignment.moved': (w, p) => ({ title: 'Einsatz verschoben', body: `${p.place ?? ''}: jetzt ${w}` }),
  'assignment.cancelled': (w, p) => ({ title: 'Einsatz abgesagt', body: `${p.place ?? ''}: ${w}` }),
  'cover.filled': (w, p) => ({ title: 'Vertretung zugesagt', body: `${p.person ?? ''} kommt: ${w}` }),
  'openShift.claimed': (w, p) => ({ title: 'Offener Dienst übernommen', body: `${p.person ?? ''}: ${w}` }),
  'openShift.confirmed': (w, p) => ({ title: 'Dienst bestätigt', body: `${p.place ?? ''}: ${w}` }),
  'openShift.declined': (w, p) => ({ title: 'Dienst nicht bestätigt', body: `${p.place ?? ''}: ${w}` }),
};
const en: Texts = {
  'assignment.assigned': (w, p) => ({ title: 'New assignment', body: `${p.place ?? ''}: ${w}` }),
  'assignment.moved': (w, p) => ({ title: 'Assignment moved', body: `${p.place ?? ''}: now ${w}` }),
  'assignment.cancelled': (w, p) => ({ title: 'Assignment cancelled', body: `${p.place ?? ''}: ${w}` }),
  'cover.filled': (w, p) => ({ title: 'Cover confirmed', body: `${p.person ?? ''} will come: ${w}` }),
  'openShift.claimed': (w, p) => ({ title: 'Open shift claimed', body: `${p.person ?? ''}: ${w}` }),
  'openShift.confirmed': (w, p) => ({ title: 'Shift confirmed', body: `${p.place ?? ''}: ${w}` }),
  'openShift.declined': (w, p) => ({ title: 'Shift not confirmed', body: `${p.place ?? ''}: ${w}` }),
};

/** The words of a notification in the device's language; used by the inbox and the service worker alike. */
export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  lang: Lang,
): RenderedNotification {
  const texts = lang === 'de' ? de : en;
  return texts[kind](when(params, lang), params);
}
