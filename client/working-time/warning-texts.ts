import type { RuleCode, WorkingTimeWarning } from '../../shared/working-time/types';
import { formatDayShort, formatHours, textsOf } from '../i18n/i18n';

// Every rule's breach in words; {paragraph} names the law, hours are h:mm. Loaded with the pages that check.
const de: Record<RuleCode | 'restSunday' | 'restSaturday' | 'restHoliday' | 'nightLong', string> = {
  daily_max: '{paragraph}: {day} {net} h Arbeit, erlaubt sind {limit} h am Tag.',
  daily_breaks: '{paragraph}: {day} {net} h Arbeit mit {taken} min Pause, nötig sind {required} min.',
  work_stretch: '{paragraph}: {day} {longest} h am Stück ohne Pause, höchstens {limit} h.',
  shift_span: '{paragraph}: {day} liegen {span} h zwischen Beginn und Ende, höchstens {limit} h.',
  daily_rest: '{paragraph}: vor {day} nur {rest} h Ruhezeit seit {previous}, nötig sind {limit} h.',
  weekly_max: '{paragraph}: Woche ab {day} {net} h Arbeit, erlaubt sind {limit} h.',
  weekly_rest: '{paragraph}: Woche ab {day} längste Ruhe {longest} h, nötig sind {limit} h am Stück.',
  night_work: '{paragraph}: {day} {minutes} min Arbeit zwischen {from} und {to} Uhr.',
  days_per_week: '{paragraph}: Woche ab {day} an {days} Tagen gearbeitet, erlaubt sind {limit}.',
  rest_day: '{paragraph}: {day} ist ein Ruhetag.',
  restSunday: '{paragraph}: {day} ist ein Sonntag.',
  restSaturday: '{paragraph}: {day} ist ein Samstag.',
  restHoliday: '{paragraph}: {day} ist ein Feiertag.',
  school_time:
    '{paragraph}: {day} ist ein langer Berufsschultag (mehr als 5 Unterrichtsstunden): an dem Tag keine Arbeit.',
  school_morning:
    '{paragraph}: {day} beginnt die Berufsschule um {startsAt} Uhr, vor {before} Uhr: davor keine Arbeit.',
  nightLong:
    '{paragraph}: {day} Nachtarbeit ({minutes} min zwischen {from} und {to} Uhr) und {net} h Arbeit; ' +
    'über {limit} h nur mit Ausgleich binnen eines Monats.',
};
const en: typeof de = {
  daily_max: '{paragraph}: {day} {net} h of work, {limit} h a day allowed.',
  daily_breaks: '{paragraph}: {day} {net} h of work with {taken} min of breaks, {required} min needed.',
  work_stretch: '{paragraph}: {day} {longest} h in a row without a break, at most {limit} h.',
  shift_span: '{paragraph}: {day} {span} h from start to end, at most {limit} h.',
  daily_rest: '{paragraph}: before {day} only {rest} h of rest since {previous}, {limit} h needed.',
  weekly_max: '{paragraph}: week from {day} {net} h of work, {limit} h allowed.',
  weekly_rest: '{paragraph}: week from {day} longest rest {longest} h, {limit} h in a row needed.',
  night_work: '{paragraph}: {day} {minutes} min of work between {from} and {to}.',
  days_per_week: '{paragraph}: week from {day} work on {days} days, {limit} allowed.',
  rest_day: '{paragraph}: {day} is a rest day.',
  restSunday: '{paragraph}: {day} is a Sunday.',
  restSaturday: '{paragraph}: {day} is a Saturday.',
  restHoliday: '{paragraph}: {day} is a public holiday.',
  school_time: '{paragraph}: {day} is a long vocational school day (more than 5 lessons): no work that day.',
  school_morning: '{paragraph}: {day} vocational school starts at {startsAt}, before {before}: no work before it.',
  nightLong:
    '{paragraph}: {day} night work ({minutes} min between {from} and {to}) and {net} h of work; ' +
    'over {limit} h only if balanced within a month.',
};
const wt = textsOf(de, en);

const hours = (v: number | string | undefined) => (typeof v === 'number' ? formatHours(v) : '');
const restKinds = { sunday: 'restSunday', saturday: 'restSaturday', holiday: 'restHoliday' } as const;

/** A warning of the shared checker in the person's words, naming its paragraph. */
export function warningText(w: WorkingTimeWarning): string {
  const p = w.params;
  const kind =
    w.rule === 'rest_day'
      ? restKinds[p.kind as keyof typeof restKinds]
      : w.rule === 'night_work' && p.netMinutes !== undefined
        ? 'nightLong'
        : undefined;
  return wt(kind ?? w.rule, {
    paragraph: w.paragraph,
    day: formatDayShort(w.date),
    net: hours(p.netMinutes),
    limit: w.rule === 'days_per_week' ? String(p.limitDays) : hours(p.limitMinutes),
    taken: String(p.breakMinutes ?? ''),
    required: String(p.requiredMinutes ?? ''),
    longest: hours(p.longestMinutes),
    span: hours(p.spanMinutes),
    rest: hours(p.restMinutes),
    previous: typeof p.previousDate === 'string' ? formatDayShort(p.previousDate) : '',
    minutes: String(p.minutes ?? ''),
    from: String(p.from ?? ''),
    to: String(p.to ?? ''),
    days: String(p.days ?? ''),
    lessons: String(p.lessons ?? ''),
    startsAt: String(p.startsAt ?? ''),
    before: String(p.before ?? ''),
  });
}
