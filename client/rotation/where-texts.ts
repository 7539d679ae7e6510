import { textsOf } from '../i18n/i18n';

/** Texts of the apprentice's "Wo bin ich wann" on Heute, in its own small chunk. */
export const wt = textsOf(
  {
    heading: 'Wo bin ich wann',
    current: 'Jetzt',
    next: 'Als Nächstes',
    none: 'Keine Station eingetragen.',
    span: '{from} – {to}',
    start: 'Beginn am ersten Tag: {time} Uhr',
    mentor: 'Ausbilder/in: {name}',
    deputy: 'Vertretung: {name}',
    office: 'Gemeindeamt: {contact}',
    week: 'Diese und nächste Woche',
    school: 'Berufsschule',
    free: 'Keine Station',
  },
  {
    heading: 'Where am I when',
    current: 'Now',
    next: 'Next',
    none: 'No station planned.',
    span: '{from} – {to}',
    start: 'Start on the first day: {time}',
    mentor: 'Mentor: {name}',
    deputy: 'Deputy: {name}',
    office: 'Town hall: {contact}',
    week: 'This week and next',
    school: 'Vocational school',
    free: 'No station',
  },
);
