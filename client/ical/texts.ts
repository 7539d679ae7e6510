import { textsOf } from '../i18n/i18n';

/** Texts of the calendar feed in "Mein Konto". */
export const ft = textsOf(
  {
    heading: 'Einsätze im Kalender',
    intro:
      'Ein privater Link, den Ihr Kalender (Handy, Outlook) alle paar Stunden abruft. ' +
      'Wer den Link kennt, sieht Ihre Einsätze: geben Sie ihn nicht weiter.',
    active: 'Ein Link ist aktiv seit {at}. Er wird aus Sicherheitsgründen nur beim Erstellen angezeigt.',
    none: 'Sie haben noch keinen Kalender-Link.',
    make: 'Kalender-Link erstellen',
    remake: 'Neuen Link erstellen',
    remakeConfirm: 'Neuen Link erstellen? Der bisherige hört sofort auf zu funktionieren.',
    busy: 'Bitte warten …',
    revoke: 'Link widerrufen',
    revokeConfirm: 'Link widerrufen? Kalender, die ihn abonniert haben, erhalten keine Einsätze mehr.',
    revoked: 'Der Link ist widerrufen.',
    linkHeading: 'Ihr Kalender-Link',
    linkLabel: 'Link zum Abonnieren',
    qrAlt: 'QR-Code mit Ihrem Kalender-Link',
    copy: 'Link kopieren',
    copied: 'Link kopiert.',
    copyFailed: 'Kopieren ging nicht. Bitte den Link im Feld markieren und kopieren.',
    open: 'Im Kalender dieses Geräts öffnen',
    helpHeading: 'So fügen Sie den Link hinzu',
    google:
      'Google Kalender (am Computer): links bei „Weitere Kalender“ auf „+“, dann „Per URL“, Link einfügen, ' +
      '„Kalender hinzufügen“. Er erscheint danach auch auf dem Handy.',
    apple:
      'iPhone / iPad: QR-Code mit der Kamera scannen oder „Im Kalender öffnen“ tippen und „Abonnieren“ wählen. ' +
      'Am Mac: Kalender › Ablage › Neues Kalenderabonnement.',
    outlook: 'Outlook: Kalender › „Kalender hinzufügen“ › „Aus dem Internet abonnieren“, Link einfügen, „Importieren“.',
    offline: 'Keine Verbindung zum Server. Das geht nur online.',
    failed: 'Das hat nicht geklappt. Bitte später noch einmal versuchen.',
  },
  {
    heading: 'Assignments in your calendar',
    intro:
      'A private link your calendar (phone, Outlook) reads every few hours. ' +
      'Whoever knows the link sees your assignments: do not pass it on.',
    active: 'A link has been active since {at}. For safety it is shown only when made.',
    none: 'You have no calendar link yet.',
    make: 'Make calendar link',
    remake: 'Make a new link',
    remakeConfirm: 'Make a new link? The current one stops working at once.',
    busy: 'Please wait …',
    revoke: 'Revoke link',
    revokeConfirm: 'Revoke the link? Calendars subscribed to it get no more assignments.',
    revoked: 'The link is revoked.',
    linkHeading: 'Your calendar link',
    linkLabel: 'Link to subscribe to',
    qrAlt: 'QR code with your calendar link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Copying did not work. Please select the link in the field and copy it.',
    open: "Open in this device's calendar",
    helpHeading: 'How to add the link',
    google:
      'Google Calendar (on a computer): next to "Other calendars" choose "+", then "From URL", paste the link, ' +
      '"Add calendar". It then shows on the phone too.',
    apple:
      'iPhone / iPad: scan the QR code with the camera or tap "Open in this device\'s calendar" and choose ' +
      '"Subscribe". On a Mac: Calendar › File › New Calendar Subscription.',
    outlook: 'Outlook: Calendar › "Add calendar" › "Subscribe from web", paste the link, "Import".',
    offline: 'No connection to the server. This works only online.',
    failed: 'That did not work. Please try again later.',
  },
);
