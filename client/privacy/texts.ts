import { textsOf } from '../i18n/i18n';

/** Texts of the administrators' data protection actions: loaded with that page only. */
export const pt = textsOf(
  {
    title: 'Daten einer Person',
    exportHeading: 'Daten exportieren',
    exportIntro: 'Alles, was über die Person gespeichert ist. Der Export wird protokolliert.',
    exportJson: 'JSON-Export',
    exportCsv: 'CSV-Export (Excel)',
    eraseHeading: 'Person löschen',
    eraseIntro:
      'Für Personen, die ausgeschieden und deaktiviert sind. Name und E-Mail werden sofort durch ein Pseudonym ' +
      'ersetzt, Passwort, Anmeldungen, Fähigkeiten und Notizen gelöscht. Die Arbeitszeiten bleiben zwei Jahre ' +
      '(ArbZG § 16 Abs. 2) und werden dann automatisch gelöscht.',
    erase: 'Person löschen',
    eraseConfirm:
      'Diese Person wirklich löschen? Name und E-Mail werden sofort pseudonymisiert, Passwort, Anmeldungen, ' +
      'Fähigkeiten und Notizen gelöscht; die Arbeitszeiten werden nach zwei Jahren gelöscht. ' +
      'Das lässt sich nicht rückgängig machen.',
    erasing: 'Wird gelöscht …',
    erased: 'Gelöscht. Angezeigt wird jetzt „{name}“; Arbeitszeiten bleiben bis {until}.',
    person_active: 'Die Person ist noch aktiv. Bitte zuerst deaktivieren.',
    erase_self: 'Das eigene Konto kann nicht gelöscht werden.',
    already_erased: 'Diese Person wurde bereits gelöscht.',
    not_found: 'Diese Person gibt es in Ihrem Verbund nicht.',
    offline: 'Keine Verbindung zum Server. Das geht nur online.',
    failed: 'Das hat nicht geklappt. Bitte später noch einmal versuchen.',
  },
  {
    title: "A person's data",
    exportHeading: 'Export data',
    exportIntro: 'Everything stored about the person. The export is logged.',
    exportJson: 'JSON export',
    exportCsv: 'CSV export (Excel)',
    eraseHeading: 'Erase person',
    eraseIntro:
      'For people who have left and are deactivated. Name and e-mail are replaced by a pseudonym at once; ' +
      'password, sign-ins, skills and notes are deleted. Working times are kept for two years ' +
      '(ArbZG § 16 (2)) and then deleted automatically.',
    erase: 'Erase person',
    eraseConfirm:
      'Really erase this person? Name and e-mail are pseudonymised at once; password, sign-ins, skills and ' +
      'notes are deleted; working times are deleted after two years. This cannot be undone.',
    erasing: 'Erasing …',
    erased: 'Erased. Now shown as "{name}"; working times are kept until {until}.',
    person_active: 'The person is still active. Please deactivate them first.',
    erase_self: 'You cannot erase your own account.',
    already_erased: 'This person has already been erased.',
    not_found: 'Your association has no such person.',
    offline: 'No connection to the server. This works only online.',
    failed: 'That did not work. Please try again later.',
  },
);
