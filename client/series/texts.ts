import { textsOf } from '../i18n/i18n';

/** Texts of the planners' series page (/planung/serien). */
export const st = textsOf(
  {
    title: 'Serien',
    intro:
      'Wiederkehrende Einsätze, zum Beispiel jeden Dienstag 8–12 Uhr. Feiertage und Schließtage werden ' +
      'übersprungen und unten aufgelistet; ist die Person an einem Tag abwesend, entsteht eine offene Anfrage.',
    newHeading: 'Neue Serie',
    weekday: 'Wochentag',
    site: 'Standort',
    repeatUntil: 'Wöchentlich wiederholen bis',
    repeatHint: 'Höchstens fünf Jahre nach dem ersten Tag.',
    saved: 'Serie gespeichert. Die Einsätze entstehen beim nächsten Abgleich.',
    listHeading: 'Serien',
    none: 'Noch keine Serien.',
    every: 'Jeden {days}, {from}–{to} Uhr',
    span: '{from} bis {to}',
    skippedHeading: 'Übersprungen',
    holiday: 'Feiertag',
    closure: 'Schließtag',
    pending: 'Wird beim nächsten Abgleich eingeplant.',
    'day.1': 'Montag',
    'day.2': 'Dienstag',
    'day.3': 'Mittwoch',
    'day.4': 'Donnerstag',
    'day.5': 'Freitag',
    'day.6': 'Samstag',
    'day.7': 'Sonntag',
  },
  {
    title: 'Series',
    intro:
      'Recurring assignments, for example every Tuesday 8–12. Public holidays and closure days are ' +
      'skipped and listed below; a day the person is away becomes an open request.',
    newHeading: 'New series',
    weekday: 'Weekday',
    site: 'Site',
    repeatUntil: 'Repeat weekly until',
    repeatHint: 'At most five years after the first day.',
    saved: 'Series saved. Its assignments are made at the next sync.',
    listHeading: 'Series',
    none: 'No series yet.',
    every: 'Every {days}, {from}–{to}',
    span: '{from} to {to}',
    skippedHeading: 'Skipped',
    holiday: 'Public holiday',
    closure: 'Closure day',
    pending: 'Planned at the next sync.',
    'day.1': 'Monday',
    'day.2': 'Tuesday',
    'day.3': 'Wednesday',
    'day.4': 'Thursday',
    'day.5': 'Friday',
    'day.6': 'Saturday',
    'day.7': 'Sunday',
  },
);
