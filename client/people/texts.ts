import { textsOf } from '../i18n/i18n';

// Only administrators open these pages: their texts load with them, not with the app.
const de = {
  listTitle: 'Personen',
  newTitle: 'Neue Person',
  editTitle: 'Person bearbeiten',
  newPerson: 'Neue Person anlegen',
  search: 'Suche nach Name oder E-Mail',
  searchHint: 'Mehrere Wörter in beliebiger Reihenfolge',
  role: 'Rolle',
  municipality: 'Gemeinde',
  skill: 'Fähigkeit',
  any: 'alle',
  none: 'keine',
  count: '{shown} von {total} Personen',
  more: 'Weitere anzeigen',
  empty: 'Keine Person passt zu dieser Suche.',
  notFound: 'Diese Person ist auf diesem Gerät nicht vorhanden.',
  back: 'Zurück zur Liste',
  skillsHint: 'Durch Komma getrennt, z. B. Meldeamt, Kassa',
  weeklyHint: 'Stunden pro Woche, 0 bis 60',
  apprentice: 'Für Lehrlinge',
  contactHint: 'Nur für Ansprechpersonen einer Gemeinde',
  errorsSummary: 'Bitte prüfen Sie {n} Angaben:',
  saved: 'Gespeichert. Wird beim nächsten Abgleich übertragen.',
  required: 'Bitte ausfüllen.',
  invalidEmail: 'Bitte eine gültige E-Mail-Adresse eingeben.',
  invalidHours: 'Bitte eine Zahl von 0 bis 60 eingeben.',
  invalid: 'Ungültige Angabe.',
  changedElsewhere: 'Diese Person wurde inzwischen anderswo geändert. Ihre Eingaben bleiben erhalten.',
  inactive: 'inaktiv',
};
const en: typeof de = {
  listTitle: 'People',
  newTitle: 'New person',
  editTitle: 'Edit person',
  newPerson: 'Add a person',
  search: 'Search by name or e-mail',
  searchHint: 'Several words in any order',
  role: 'Role',
  municipality: 'Municipality',
  skill: 'Skill',
  any: 'all',
  none: 'none',
  count: '{shown} of {total} people',
  more: 'Show more',
  empty: 'Nobody matches this search.',
  notFound: 'This person is not on this device.',
  back: 'Back to the list',
  skillsHint: 'Separated by commas, e.g. registration office, cash desk',
  weeklyHint: 'Hours per week, 0 to 60',
  apprentice: 'For apprentices',
  contactHint: 'Only for contacts of a municipality',
  errorsSummary: 'Please check {n} entries:',
  saved: 'Saved. It is sent with the next sync.',
  required: 'Please fill in.',
  invalidEmail: 'Please enter a valid e-mail address.',
  invalidHours: 'Please enter a number from 0 to 60.',
  invalid: 'Invalid value.',
  changedElsewhere: 'This person was changed elsewhere meanwhile. What you typed is kept.',
  inactive: 'inactive',
};

export const pt = textsOf(de, en);

/** Role names as administrators read them. */
const roleDe = {
  staff: 'Mitarbeiter/in',
  apprentice: 'Lehrling',
  mentor: 'Ausbilder/in',
  municipality_contact: 'Ansprechperson Gemeinde',
  coordinator: 'Koordinator/in',
  admin: 'Administrator/in',
};
const roleEn: typeof roleDe = {
  staff: 'Staff',
  apprentice: 'Apprentice',
  mentor: 'Mentor',
  municipality_contact: 'Municipality contact',
  coordinator: 'Coordinator',
  admin: 'Administrator',
};
export const roleName = textsOf(roleDe, roleEn);
