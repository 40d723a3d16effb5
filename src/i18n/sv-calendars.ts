import type { fiCalendars } from './fi-calendars';
import type { Resource } from './fi';

/** Swedish strings of the calendars view (src/features/calendars). */
export const svCalendars: Resource<typeof fiCalendars> = {
  calendars: {
    title: 'Kalendrar',
    intro:
      'För årsklockans uppgifter till den kalender du redan använder (Outlook, Google, telefonen): ladda ner en fil eller prenumerera på en adress som uppdateras med planen. Kalendern innehåller uppgifterna och deras tidpunkter, inga markeringar och inga anteckningar.',
    loading: 'Laddar…',
    chooseTitle: 'Välj kalender',
    schoolYear: 'Läsår',
    schoolYearOption: '{{start}}–{{end}}',
    noYears: 'Den här enheten har ännu inga läsår.',
    kindLegend: 'Vems uppgifter',
    kind_group: 'Klassens',
    kind_grade: 'Årskursens',
    kind_school: 'Skolans egna',
    kindHint_group: 'En klass uppgifter.',
    kindHint_grade: 'Uppgifterna för skolans klasser i samma årskurs, var och en en gång.',
    kindHint_school: 'Hela skolans uppgifter, till exempel elevhälsogruppens möten.',
    class: 'Klass',
    school: 'Skola',
    grade: 'Årskurs',
    noClasses: 'Det finns inga klasser för det här läsåret.',
    language: 'Kalenderns språk',
    summary_one: '{{name}}: {{count}} uppgift',
    summary_other: '{{name}}: {{count}} uppgifter',
    downloadTitle: 'Ladda ner som fil',
    downloadHint:
      'Importera filen till din kalender. När du senare importerar en nyare fil uppdaterar kalendern samma händelser i stället för att göra dubbletter. Nedladdningen fungerar också utan nätverk.',
    download: 'Ladda ner kalenderfilen (.ics)',
    feedsTitle: 'Kalendrar att prenumerera på',
    feedsHint:
      'En prenumererad kalender uppdateras av sig själv när planen ändras. Lägg till adressen i din kalender: i Outlook Lägg till kalender → Prenumerera från webben, i Google Kalender Andra kalendrar → Från webbadress.',
    feedsSecret:
      'Adressen är hemlig: vem som helst som har den ser kalendern. Ta bort en adress som du inte längre behöver.',
    needsServer: 'Prenumerationsadresser skapas på servern. Logga in på servern i inställningarna.',
    toSettings: 'Till inställningarna',
    create: 'Skapa en prenumerationsadress för den här kalendern',
    exists:
      'Du har redan en prenumerationsadress för den här kalendern (i listan nedan). En till behövs bara om du vill kunna ta bort adresserna var för sig.',
    createAnother: 'Skapa en till prenumerationsadress',
    creating: 'Skapar…',
    created: 'Prenumerationsadressen skapades: {{name}}.',
    notAllowed_teacher: 'Du kan skapa prenumerationsadresser för dina egna klassers kalendrar.',
    notAllowed_principal: 'Du kan skapa prenumerationsadresser för din egen skolas kalendrar.',
    notAllowed_coordinator: 'Den här kalendern finns inte i serverns uppgifter.',
    notAllowed_admin: 'Administratören skapar inga prenumerationsadresser men kan ta bort dem.',
    listTitle: 'Dina prenumerationsadresser',
    listTitleAdmin: 'Organisationens prenumerationsadresser',
    none: 'Inga prenumerationsadresser.',
    feedMeta: '{{language}}, skapad {{day}}',
    feedOwner: 'Skapad av {{owner}}',
    url: 'Adress',
    copy: 'Kopiera adressen',
    copied: 'Adressen kopierades.',
    copyFailed: 'Kopieringen lyckades inte: adressen är markerad, kopiera den själv.',
    revoke: 'Ta bort',
    revokeConfirm: 'Ta bort prenumerationen? Adressen slutar fungera och kan inte återställas.',
    revokeYes: 'Ta bort prenumerationsadressen',
    cancel: 'Avbryt',
    revoked: 'Prenumerationsadressen togs bort: {{name}}.',
    error_TooManyFeeds:
      'Du har redan 50 prenumerationsadresser. Ta bort någon innan du skapar en ny.',
    error_InvalidScope:
      'Servern har inte den här klassen eller skolan. Vänta tills uppgifterna har synkroniserats och försök igen.',
    error_forbidden: 'Ditt konto kan inte prenumerera på den här kalendern.',
    error_unauthorized: 'Sessionen har gått ut. Logga in på nytt i inställningarna.',
    error_network: 'Ingen kontakt med servern. Ingenting ändrades.',
    error_other: 'Begäran lyckades inte. Ingenting ändrades.',
  },
};
