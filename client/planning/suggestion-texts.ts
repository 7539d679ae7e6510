import type { Reason } from '../../shared/planning/candidates';
import { formatHours, textsOf } from '../i18n/i18n';

// Loaded with the suggestions only (planners, on demand).
const de = {
  title: 'Vorschläge',
  hint: 'Wer passt für diesen Einsatz, am besten zuerst.',
  incomplete: 'Für Vorschläge Datum, Beginn, Ende, Standort und Leistungsart wählen.',
  none: 'Niemand kann an diesem Tag eingeplant werden.',
  plan: 'Einplanen',
  planned: '{name} ist eingeplant. Der Einsatz wird mit dem nächsten Sync gesendet.',
  more: 'Weitere anzeigen',
  skills_ok: 'Fähigkeiten passen',
  skills_missing: 'Fehlt: {skills}',
  free: 'Frei zu dieser Zeit',
  busy: 'Eingeplant von {from} bis {to}',
  absent: 'Abwesend',
  day_off: 'Feiertag oder Schließtag',
  week_hours: 'Woche: {withSlot} von {target} h',
  month_hours: 'Monat: {withSlot} von {target} h',
  rules_ok: 'Keine Warnung nach Arbeitszeitrecht',
  rule: 'Arbeitszeit: {paragraph}',
  travel: 'Anfahrt ca. {minutes} min ({km} km) {from}',
  travel_previous_site: 'vom vorigen Einsatzort',
  travel_home: 'vom üblichen Einsatzort',
  travel_unknown: 'Anfahrt unbekannt',
};
const en: typeof de = {
  title: 'Suggestions',
  hint: 'Who fits this assignment, best first.',
  incomplete: 'Choose date, start, end, site and service type to see suggestions.',
  none: 'Nobody can be planned on this day.',
  plan: 'Plan',
  planned: '{name} is planned. The assignment is sent with the next sync.',
  more: 'Show more',
  skills_ok: 'Skills match',
  skills_missing: 'Missing: {skills}',
  free: 'Free at this time',
  busy: 'Booked from {from} to {to}',
  absent: 'Absent',
  day_off: 'Public holiday or closure day',
  week_hours: 'Week: {withSlot} of {target} h',
  month_hours: 'Month: {withSlot} of {target} h',
  rules_ok: 'No working-time warning',
  rule: 'Working time: {paragraph}',
  travel: 'Travel about {minutes} min ({km} km) {from}',
  travel_previous_site: 'from the previous site',
  travel_home: 'from the usual place of work',
  travel_unknown: 'Travel unknown',
};

export const st = textsOf(de, en);

const hours = (v: number | string | undefined) => formatHours(Number(v ?? 0));

/** One reason in the reader's language; hours as h:mm, travel with where it starts. */
export function reasonText(r: Reason): string {
  const p = r.params;
  switch (r.code) {
    case 'week_hours':
    case 'month_hours':
      return st(r.code, { withSlot: hours(p.withSlot), target: hours(p.target) });
    case 'travel':
      return st('travel', { ...p, from: st(p.from === 'previous_site' ? 'travel_previous_site' : 'travel_home') });
    case 'skills_missing':
    case 'busy':
    case 'rule':
      return st(r.code, p);
    default:
      return st(r.code);
  }
}
