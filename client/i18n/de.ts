/** German texts; the source of truth for keys: en.ts must define exactly the same ones. */
export const de = {
  'app.name': 'IKZ Einsatz',
  'app.skip': 'Zum Inhalt springen',
  'app.nav': 'Hauptnavigation',
  'app.account': 'Konto',
  'app.loading': 'Wird geladen …',
  'app.notFound': 'Diese Seite gibt es nicht.',
  'app.back': 'Zurück',
  'app.cancel': 'Abbrechen',
  'app.save': 'Speichern',
  'app.saved': 'Gespeichert.',
  'app.unknown': 'unbekannt',
  'app.switchLang': 'English',
  'app.switchLangLabel': 'EN – Switch to English',
  'access.title': 'Nicht verfügbar',
  'access.notForRole': 'Diese Seite ist für Ihre Rolle nicht verfügbar.',
  'access.toToday': 'Zur Übersicht „Heute“',

  'nav.today': 'Heute',
  'nav.week': 'Woche',
  'nav.hours': 'Zeiten',
  'nav.sync': 'Sync',

  'login.title': 'Anmelden',
  'login.intro': 'Melden Sie sich einmal mit Netz an. Danach funktioniert die App auch offline.',
  'login.expired':
    'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an. Ihre Daten auf diesem ' +
    'Gerät bleiben erhalten (meldet sich hier jemand anderes an, werden sie gelöscht).',
  'login.email': 'E-Mail-Adresse',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.busy': 'Anmelden …',
  'login.wrong': 'E-Mail-Adresse oder Passwort ist falsch.',
  'login.throttled': 'Zu viele Versuche. Bitte warten Sie einige Minuten.',
  'login.invalid': 'Bitte geben Sie eine gültige E-Mail-Adresse und ein Passwort ein.',
  'login.offline': 'Keine Verbindung zum Server. Für die erste Anmeldung braucht es Netz.',
  'login.failed': 'Anmelden ist fehlgeschlagen. Bitte später erneut versuchen.',
  'login.otherUnsent_one':
    '{name} hat 1 Änderung auf diesem Gerät, die noch nicht übertragen wurde. Wenn sich jemand anderes ' +
    'anmeldet, wird sie gelöscht. Damit sie erhalten bleibt, soll sich {name} zuerst anmelden.',
  'login.otherUnsent_other':
    '{name} hat {n} Änderungen auf diesem Gerät, die noch nicht übertragen wurden. Wenn sich jemand ' +
    'anderes anmeldet, werden sie gelöscht. Damit sie erhalten bleiben, soll sich {name} zuerst anmelden.',
  'login.submitDiscarding': 'Anmelden und löschen',

  'logout.button': 'Abmelden',
  'logout.busy': 'Abmelden …',
  'logout.unsent_one': '1 Änderung wurde noch nicht übertragen. Trotzdem abmelden? Sie geht verloren.',
  'logout.unsent_other': '{n} Änderungen wurden noch nicht übertragen. Trotzdem abmelden? Sie gehen verloren.',
  'logout.confirm': 'Trotzdem abmelden',

  'sync.idle': 'Synchronisiert',
  'sync.never': 'Noch nie synchronisiert',
  'sync.syncing': 'Synchronisiere …',
  'sync.offline': 'Offline',
  'sync.error': 'Fehler',
  'sync.signedOut': 'Abgemeldet',
  'sync.pending_one': '1 Änderung wartet',
  'sync.pending_other': '{n} Änderungen warten',
  'sync.pendingNone': 'Alles übertragen',
  'sync.lastSync': 'Zuletzt: {when}',
  'sync.news.offline': 'Offline. Änderungen bleiben auf dem Gerät, bis wieder Verbindung besteht',
  'sync.news.online': 'Wieder online',
  'sync.news.error': 'Synchronisation fehlgeschlagen, wird wiederholt',
  'sync.news.signed-out': 'Abgemeldet: bitte neu anmelden, um zu synchronisieren',
  'sync.tapToSync': 'Jetzt synchronisieren',
  'sync.issues_one': '1 Hinweis zur Synchronisation',
  'sync.issues_other': '{n} Hinweise zur Synchronisation',
  'sync.title': 'Synchronisation',
  'sync.now': 'Jetzt synchronisieren',
  'sync.status': 'Status',
  'sync.pendingLabel': 'Wartende Änderungen',
  'sync.lastLabel': 'Letzte erfolgreiche Synchronisation',
  'sync.errorDetail': 'Letzter Fehler: {message}',
  'sync.problems': 'Abgelehnte Änderungen',
  'sync.problemsIntro':
    'Der Server hat diese Änderungen nicht angenommen. Nichts ist ' +
    'verloren: Sie können sie bearbeiten und neu senden oder verwerfen.',
  'sync.noProblems': 'Keine abgelehnten Änderungen.',
  'sync.editResend': 'Bearbeiten und neu senden',
  'sync.openEntry': 'Eintrag öffnen',
  'sync.discard': 'Verwerfen',
  'sync.discardConfirm': 'Diese Änderung endgültig verwerfen?',
  'sync.notForRole':
    'Diese Änderung ist mit Ihrer Rolle nicht mehr möglich und kann nicht erneut gesendet werden. ' +
    'Kopieren Sie den Inhalt, wenn Sie ihn noch brauchen, und verwerfen Sie sie dann.',
  'sync.copy': 'Inhalt kopieren',
  'sync.copied': 'Inhalt in die Zwischenablage kopiert.',
  'sync.copyFailed': 'Kopieren war nicht möglich. Bitte den Inhalt oben markieren und kopieren.',
  'sync.conflicts': 'Konflikte',
  'sync.conflictsIntro':
    'Dieselben Felder wurden an anderer Stelle anders geändert. Gespeichert ist derzeit die andere Version.',
  'sync.noConflicts': 'Keine Konflikte.',
  'sync.field': 'Feld',
  'sync.mine': 'Meine Version',
  'sync.theirs': 'Andere Version',
  'sync.keepMine': 'Meine behalten',
  'sync.editConflict': 'Bearbeiten',
  'sync.takeTheirs': 'Ihre übernehmen',
  'sync.deleted': '(gelöscht)',
  'sync.attention': 'Nicht mehr zugänglich',
  'sync.attentionIntro':
    'Diese Einträge sind für Sie nicht mehr sichtbar, hatten aber noch nicht übertragene Änderungen.',
  'sync.noAttention': 'Nichts zu beachten.',
  'sync.dismiss': 'Ausblenden',
  'sync.kind.timeEntries': 'Zeiteintrag',
  'sync.kind.assignments': 'Einsatz',
  'sync.kind.municipalities': 'Gemeinde',
  'sync.kind.sites': 'Standort',
  'sync.kind.serviceTypes': 'Leistungsart',
  'sync.kind.people': 'Person',
  // Field names of personal details: the sync screens name them too, so they are not in the admin's module.
  'person.displayName': 'Name',
  'person.email': 'E-Mail',
  'person.roles': 'Rollen',
  'person.skills': 'Fähigkeiten',
  'person.municipalityId': 'Gemeinde (Ansprechperson)',
  'person.employingBody': 'Anstellungskörperschaft',
  'person.weeklyTargetMinutes': 'Wochenstunden (Soll)',
  'person.activeFrom': 'Aktiv ab',
  'person.activeTo': 'Aktiv bis',
  'person.dateOfBirth': 'Geburtsdatum',
  'person.trainingOccupation': 'Ausbildungsberuf',
  'person.trainingFrom': 'Ausbildung ab',
  'person.trainingTo': 'Ausbildung bis',
  'sync.kind.personProfiles': 'Personendaten',
  'sync.action.timeEntry.create': 'Neuer Zeiteintrag',
  'sync.action.timeEntry.update': 'Änderung am Zeiteintrag',
  'sync.action.timeEntry.delete': 'Löschen des Zeiteintrags',
  'sync.action.assignment.update': 'Änderung am Einsatz',
  'sync.action.personProfile.create': 'Neue Person',
  'sync.action.personProfile.update': 'Änderung an Personendaten',
  'sync.resendDone': 'Gespeichert; wird mit der nächsten Synchronisation gesendet.',

  'reason.unknown_reference':
    'Ein verknüpfter Datensatz (Gemeinde, Standort, Leistungsart oder Einsatz) ist unbekannt oder nicht Ihrer.',
  'reason.entry_locked': 'Der Eintrag ist bereits eingereicht und kann nicht mehr geändert werden.',
  'reason.forbidden': 'Dafür fehlt Ihnen die Berechtigung.',
  'reason.not_found': 'Der Datensatz wurde nicht gefunden.',
  'reason.id_taken': 'Ein Eintrag mit dieser Kennung existiert bereits.',
  'reason.edited_elsewhere': 'Wurde inzwischen an anderer Stelle geändert.',
  'reason.deleted_on_server': 'Wurde inzwischen an anderer Stelle gelöscht.',
  'reason.changed_before_delete': 'Wurde an anderer Stelle geändert, bevor Ihr Löschen ankam.',
  'reason.invalid_status_change': 'Dieser Statuswechsel ist nicht erlaubt.',
  'reason.validation_failed': 'Die Angaben sind ungültig.',
  'reason.removed_on_server': 'Wurde Ihnen entzogen oder auf dem Server entfernt.',
  'reason.end_before_start': 'Das Ende liegt nicht nach dem Beginn.',
  'reason.break_too_long': 'Die Pause ist länger als die Arbeitszeit.',
  'reason.date_in_future': 'Das Datum liegt zu weit in der Zukunft.',
  'reason.access_ended':
    'Ihr Zugang zu diesem Verbund wurde beendet. Die Daten wurden von diesem ' +
    'Gerät entfernt; nicht übertragene Änderungen sind hier aufgehoben.',
  'reason.site_not_in_municipality': 'Der Standort gehört zu einer anderen Gemeinde.',
  'reason.storage_full':
    'Der Speicher des Geräts ist voll. Nichts ging verloren – bitte Platz schaffen und erneut speichern.',
  'reason.email_taken': 'Diese E-Mail-Adresse ist bereits vergeben.',
  'reason.active_to_before_from': '„Aktiv bis“ liegt vor „Aktiv ab“.',
  'reason.training_to_before_from': 'Das Ausbildungsende liegt vor dem Beginn.',
  'reason.birth_in_future': 'Das Geburtsdatum liegt in der Zukunft.',
  'reason.municipality_required': 'Eine Ansprechperson braucht eine Gemeinde.',
  'reason.own_admin_role': 'Die eigene Administratorrolle kann man sich nicht selbst entziehen.',
  'reason.other': 'Vom Server abgelehnt ({code}).',
  'sync.wipedLost':
    'Der Browser hat die Daten dieses Geräts gelöscht. {count} Änderungen, die noch nicht übertragen ' +
    'waren, sind verloren (letzte Synchronisation: {since}). Bitte prüfen Sie Ihre Einträge.',
  'sync.wipedNone':
    'Der Browser hat die Daten dieses Geräts gelöscht. Alle ' +
    'Änderungen waren bereits übertragen – es ging nichts verloren.',
  'sync.wipedDismiss': 'Verstanden',

  'issue.end_before_start': 'Das Ende muss nach dem Beginn liegen.',
  'issue.break_too_long': 'Die Pause muss kürzer sein als die Arbeitszeit.',
  'issue.date_in_future': 'Das Datum darf höchstens 7 Tage in der Zukunft liegen.',
  'issue.required': 'Bitte ausfüllen.',
  'issue.requiredChoice': 'Bitte auswählen.',
  'issue.invalid': 'Ungültiger Wert.',
  'issue.unknownChoice': 'Nicht (mehr) verfügbar. Bitte neu auswählen.',
  'issue.tooBig': 'Der Wert ist zu groß.',
  'issue.tooSmall': 'Der Wert ist zu klein.',
  'issue.entry_locked': 'Eingereichte Einträge können nicht mehr geändert werden.',

  'status.planned': 'Geplant',
  'status.started': 'Begonnen',
  'status.done': 'Erledigt',
  'status.cancelled': 'Abgesagt',

  'today.title': 'Heute',
  'today.empty': 'Heute sind keine Einsätze für Sie geplant.',
  'today.greeting': 'Hallo {name}',
  'today.contactIntro':
    'Sie sind als Ansprechperson Ihrer Gemeinde angemeldet. Hier werden Sie Vertretungen anfordern ' +
    'und die für Ihre Gemeinde geleisteten Stunden bestätigen; diese Funktionen folgen in einer der ' +
    'nächsten Versionen.',
  'today.mentorIntro':
    'Als Ausbilder/in werden Sie hier die Ausbildungsnachweise Ihrer Lehrlinge abzeichnen; ' +
    'das folgt in einer der nächsten Versionen.',
  'today.noOwnWork': 'Einsätze und Zeiterfassung sind den Mitarbeitenden des Verbands vorbehalten.',
  'week.title': 'Woche',
  'week.heading': 'KW {week}: {from} – {to}',
  'week.prev': 'Vorige Woche',
  'week.next': 'Nächste Woche',
  'week.current': 'Diese Woche',
  'week.empty': 'In dieser Woche sind keine Einsätze für Sie geplant.',
  'week.dayEmpty': 'Keine Einsätze',

  'assignment.title': 'Einsatz',
  'assignment.notFound': 'Dieser Einsatz ist auf diesem Gerät nicht vorhanden.',
  'assignment.time': 'Zeit',
  'assignment.municipality': 'Gemeinde',
  'assignment.site': 'Standort',
  'assignment.serviceType': 'Leistungsart',
  'assignment.task': 'Aufgabe',
  'assignment.person': 'Person',
  'assignment.plannedStart': 'Geplanter Beginn',
  'assignment.plannedEnd': 'Geplantes Ende',
  'assignment.status': 'Status',
  'assignment.statusActions': 'Status ändern',
  'assignment.move.started': 'Beginnen',
  'assignment.move.restart': 'Wieder aufnehmen',
  'assignment.move.done': 'Erledigt',
  'assignment.move.planned': 'Zurück auf geplant',
  'assignment.cancelledNote': 'Dieser Einsatz wurde abgesagt.',
  'assignment.statusChanged': 'Status geändert: {status}.',
  'assignment.notes': 'Meine Notizen',
  'assignment.notesHint': 'Für Koordination und Gemeinde sichtbar.',
  'assignment.saveNotes': 'Notizen speichern',
  'assignment.logTime': 'Zeit erfassen',
  'assignment.startTimer': 'Timer starten',
  'assignment.timerRunning': 'Es läuft bereits ein Timer.',
  'assignment.toTimer': 'Zum Timer',

  'hours.title': 'Meine Zeiten',
  'hours.new': 'Neuer Eintrag',
  'hours.empty': 'In dieser Woche gibt es noch keine Einträge.',
  'hours.weekTotal': 'Summe der Woche',
  'hours.dayTotal': 'Summe',
  'hours.break': 'Pause {min} Min.',
  'hours.net': '{hours} h',
  'hours.unsynced': 'nicht synchronisiert',
  'hours.state.draft': 'Entwurf',
  'hours.state.submitted': 'eingereicht',
  'hours.edit': 'Bearbeiten',
  'hours.show': 'Ansehen',

  'timer.title': 'Timer',
  'timer.running': 'Läuft seit {time}',
  'timer.elapsed': 'Verstrichene Zeit',
  'timer.start': 'Timer starten',
  'timer.stop': 'Timer stoppen',
  'timer.stopped_one': 'Timer gestoppt: 1 Eintrag gespeichert.',
  'timer.stopped_other': 'Timer gestoppt: {n} Einträge gespeichert.',
  'timer.needChoice': 'Bitte Gemeinde und Leistungsart wählen.',
  'timer.failed': 'Der Eintrag konnte nicht gespeichert werden: {reason}',

  'entry.newTitle': 'Neuer Zeiteintrag',
  'entry.editTitle': 'Zeiteintrag bearbeiten',
  'entry.viewTitle': 'Zeiteintrag',
  'entry.notFound': 'Dieser Eintrag ist auf diesem Gerät nicht vorhanden.',
  'entry.locked': 'Dieser Eintrag ist eingereicht und kann nicht mehr geändert werden.',
  'entry.date': 'Datum',
  'entry.start': 'Beginn',
  'entry.end': 'Ende',
  'entry.break': 'Pause (Minuten)',
  'entry.municipality': 'Gemeinde',
  'entry.site': 'Standort (optional)',
  'entry.serviceType': 'Leistungsart',
  'entry.assignment': 'Einsatz (optional)',
  'entry.note': 'Notiz (optional)',
  'entry.choose': 'Bitte wählen …',
  'entry.none': 'Keiner',
  'entry.warnTitle': 'Bitte prüfen (Speichern ist trotzdem möglich):',
  'entry.warnOverlap': 'Überschneidet sich mit Ihrem Eintrag {span} an diesem Tag.',
  'entry.warnDailyMax':
    'Mit diesem Eintrag sind an diesem Tag {hours} h erfasst, mehr als die erlaubten {limit} h pro Tag.',
  'entry.net': 'Arbeitszeit netto: {hours} h',
  'entry.errorsSummary_one': 'Bitte 1 Angabe korrigieren:',
  'entry.errorsSummary_other': 'Bitte {n} Angaben korrigieren:',
  'entry.delete': 'Löschen',
  'entry.deleteConfirm': 'Diesen Eintrag wirklich löschen?',
  'entry.submit': 'Einreichen',
  'entry.submitConfirm': 'Eintrag einreichen? Danach kann er nicht mehr geändert werden.',
  'entry.changedElsewhere':
    'Dieser Eintrag wurde inzwischen anderswo geändert. Beim Speichern zählen ' +
    'Ihre Änderungen; was Sie nicht geändert haben, kommt aus der neuen Fassung.',
  'entry.loadNewer': 'Neue Fassung laden (Ihre Eingaben verwerfen)',
  'entry.deletedElsewhere':
    'Dieser Eintrag wurde inzwischen anderswo gelöscht. Ihre Eingaben ' +
    'bleiben erhalten: Speichern legt sie als neuen Eintrag an.',
  'entry.submittedElsewhere': 'Dieser Eintrag wurde inzwischen eingereicht und kann nicht mehr geändert werden.',
  'entry.prefilledFromProblem': 'Vorausgefüllt mit der abgelehnten Änderung. Beim Speichern wird sie neu gesendet.',

  'pwa.update': 'Neue Version verfügbar',
  'pwa.reload': 'Neu laden',
  'pwa.offlineReady': 'Die App ist jetzt offline bereit.',
  'a11y.title': 'Erklärung zur Barrierefreiheit',
  'a11y.link': 'Barrierefreiheit',
  'a11y.intro':
    'Der Verbund, der IKZ Einsatz für Sie betreibt, ist bemüht, diese Anwendung barrierefrei ' +
    'zugänglich zu machen. Rechtsgrundlage sind in Deutschland das Behindertengleichstellungsgesetz ' +
    '(BGG) mit der BITV 2.0 bzw. die Gesetze der Länder, in Österreich das Web-Zugänglichkeits-Gesetz ' +
    '(WZG) bzw. die Landesgesetze; sie setzen die Richtlinie (EU) 2016/2102 um.',
  'a11y.statusTitle': 'Stand der Vereinbarkeit',
  'a11y.status':
    'Diese Anwendung ist mit den Anforderungen der WCAG 2.1 (Stufe AA) und der EN 301 549 teilweise vereinbar.',
  'a11y.knownTitle': 'Nicht barrierefreie Inhalte',
  'a11y.knownAudit':
    'Eine vollständige Prüfung aller Kriterien durch eine unabhängige Stelle, auch mit ' +
    'Screenreadern, steht noch aus. Bis dahin kann es Barrieren geben, die wir nicht kennen.',
  'a11y.knownDates':
    'Datums- und Uhrzeitfelder verwenden die Eingabehilfen des Browsers. Deren Darstellung (etwa 12- ' +
    'oder 24-Stunden-Format) folgt der Spracheinstellung des Geräts, nicht der Sprache der Anwendung.',
  'a11y.methodTitle': 'Erstellung dieser Erklärung',
  'a11y.method':
    'Diese Erklärung wurde am {date} erstellt. Grundlage ist eine Selbstbewertung: Bei jeder ' +
    'Änderung der Anwendung prüft ein automatischer Test die Hauptseiten auf Deutsch und Englisch ' +
    'mit axe-core gegen die automatisch prüfbaren Kriterien der WCAG 2.1 (Stufen A und AA).',
  'a11y.feedbackTitle': 'Barrieren melden',
  'a11y.feedbackContact':
    'Wenn Ihnen Barrieren auffallen oder Sie Inhalte in barrierefreier Form brauchen, wenden Sie sich bitte an:',
  'a11y.feedbackNone':
    'Wenn Ihnen Barrieren auffallen oder Sie Inhalte in barrierefreier Form brauchen, wenden Sie ' +
    'sich bitte an die Stelle, die Ihnen den Zugang zu IKZ Einsatz gegeben hat (Ihren Verbund).',
  'a11y.enforcementTitle': 'Durchsetzungsverfahren',
  'a11y.enforcement':
    'Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich wenden: in ' +
    'Deutschland an die Schlichtungsstelle nach § 16 BGG oder an die Durchsetzungs- bzw. ' +
    'Schlichtungsstelle Ihres Bundeslandes; in Österreich an die Beschwerdestelle der Österreichischen ' +
    'Forschungsförderungsgesellschaft (FFG) oder an die nach Landesrecht zuständige Stelle.',
  'pwa.close': 'Schließen',
} as const;

export type MessageKey = keyof typeof de;
export type Dictionary = { readonly [K in MessageKey]: string };
