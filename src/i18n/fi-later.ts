/**
 * Finnish strings of the views that are not the first screen (settings and signing in, the
 * notice of changes that did not stay), and of what shows only after it (the update offer, the
 * connection's state once the sync engine runs, the tracking form): loaded with those views and
 * parts (loadLaterStrings in i18n.ts).
 */
import { fiRollover } from './fi-rollover';
import { fiSchoolYears } from './fi-school-years';
import { fiExchange } from './fi-exchange';
import { fiAccounts } from './fi-accounts';
import { fiPlan } from './fi-plan';
import { fiPrint } from './fi-print';
import { fiWheel } from './fi-wheel';
import { fiSchools } from './fi-schools';

import { fiLibrary } from './fi-library';
import { fiCalendars } from './fi-calendars';
import { fiProgress } from './fi-progress';
import { fiReport } from './fi-report';
import { fiRatings } from './fi-ratings';
import { fiReminders } from './fi-reminders';
export const fiLater = {
  ...fiRollover,
  ...fiSchoolYears,
  ...fiExchange,
  ...fiLibrary,
  ...fiAccounts,
  ...fiCalendars,
  ...fiWheel,
  unplanned: {
    title: 'Ei enää suunnitelmassa',
    intro:
      'Nämä merkinnät on tehty tehtäviin, joita suunnitelmassa ei enää ole tälle luokalle. Ne säilyvät.',
    unknownTask: 'Tehtävä, jota ei enää ole tehtäväkirjastossa',
    schoolTask: 'Koko koulu',
    done: 'Tehty {{day}}',
    skipped: 'Ohitettu {{day}}',
    todo: 'Ei merkitty tehdyksi',
    by: 'Merkitsijä: {{by}}',
    note: 'Muistiinpano: {{note}}',
  },
  update: {
    available: 'Uusi versio on saatavilla.',
    apply: 'Päivitä nyt',
    later: 'Myöhemmin',
  },
  sync: {
    online: 'Yhteys palvelimeen',
    offline: 'Ei yhteyttä – muutokset tallentuvat tälle laitteelle',
    syncing: 'Synkronoidaan…',
    lastSynced: 'Synkronoitu {{time}}',
    neverSynced: 'Ei vielä synkronoitu',
    firstDownload: 'Ladataan tietoja palvelimelta',
    error_signInRequired: 'Kirjaudu uudelleen sisään. Muutoksesi ovat tallessa.',
    error_updateRequired:
      'Sovelluksesta on uudempi versio. Päivitä sovellus; muutoksesi ovat tallessa.',
    error_forbidden: 'Tällä tunnuksella ei voi synkronoida tämän organisaation tietoja.',
    error_network: 'Palvelimeen ei saada yhteyttä. Yritetään uudelleen.',
    error_server: 'Palvelimella on häiriö. Yritetään uudelleen.',
    error_invalidResponse: 'Palvelimen vastaus oli virheellinen. Yritetään uudelleen.',
    error_tooLarge: 'Muutos on liian suuri lähetettäväksi.',
    error_badRequest: 'Palvelin hylkäsi pyynnön. Yritetään uudelleen.',
    error_storage: 'Selaimen tallennustila ei toiminut. Yritetään uudelleen.',
  },
  tracking: {
    title: 'Tehtävien seuranta',
    current: '{{school}} seuraa tehtäviä {{day}} alkaen.',
    none: '{{school}} seuraa tehtäviä lukuvuoden alusta.',
    label: 'Seurannan alkupäivä',
    hint: 'Ennen tätä päivää päättyneitä tehtäviä ei näytetä myöhässä olevina. Koskee koko koulua.',
    save: 'Tallenna alkupäivä',
    clear: 'Seuraa lukuvuoden alusta',
    saved: 'Tallennettu',
    error_missing: 'Valitse päivä.',
    error_afterToday: 'Valitse päivä, joka on viimeistään tänään.',
  },
  account: {
    title: 'Palvelin ja kirjautuminen',
    localModeHint:
      'Sovellus toimii ilman palvelinta. Kun kirjaudut, tälle laitteelle tehdyt kuittaukset siirtyvät palvelimelle.',
    serverUrl: 'Palvelimen osoite',
    username: 'Käyttäjätunnus',
    password: 'Salasana',
    signIn: 'Kirjaudu sisään',
    signingIn: 'Kirjaudutaan…',
    signOut: 'Kirjaudu ulos',
    signedInAs: 'Kirjautunut: {{name}} ({{role}}), palvelin {{server}}',
    sessionUntil: 'Istunto on voimassa {{time}} asti.',
    sessionEnded: 'Istunto on päättynyt: kirjaudu uudelleen. Muutoksesi ovat tallessa.',
    serverReachable: 'Palvelin vastaa.',
    serverUnreachable: 'Palvelin ei vastaa juuri nyt; muutokset tallentuvat tälle laitteelle.',
    unsynced_one: '{{count}} muutos odottaa lähettämistä.',
    unsynced_other: '{{count}} muutosta odottaa lähettämistä.',
    error_unauthorized: 'Käyttäjätunnus tai salasana on väärä.',
    error_rateLimited: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    error_network: 'Palvelimeen ei saatu yhteyttä. Tarkista osoite ja verkkoyhteys.',
    error_other: 'Kirjautuminen ei onnistunut. Mitään ei muutettu.',
    role_teacher: 'opettaja',
    role_principal: 'rehtori',
    role_coordinator: 'koordinaattori',
    role_admin: 'ylläpitäjä',
  },
  conflict: {
    title_one: '{{count}} muutoksestasi ei jäänyt voimaan',
    title_other: '{{count}} muutoksestasi ei jäänyt voimaan',
    overwritten: '{{by}} muutti samaa tietoa näkemättä muutostasi; hänen muutoksensa jäi voimaan.',
    rejected: 'Palvelin ei hyväksynyt muutosta.',
    rejected_Forbidden: 'Palvelin ei hyväksynyt muutosta: tunnuksesi ei voi muuttaa tätä tietoa.',
    rejected_NotFound:
      'Palvelin ei hyväksynyt muutosta: tehtävää tai luokkaa ei ole palvelimen suunnitelmassa.',
    rejected_PersonalData:
      'Palvelin ei hyväksynyt muistiinpanoa, koska siinä on henkilötunnus. Vuosikelloon ei tallenneta oppilaiden tietoja.',
    editedDeleted: 'Muokkasit tietoa, joka oli jo poistettu.',
    overwrote: 'Muutoksesi korvasi toisen käyttäjän ({{by}}) muutoksen.',
    someone: 'Toinen käyttäjä',
    dismiss: 'Selvä',
  },
  settings: {
    title: 'Asetukset',
    userName: 'Nimesi kuittauksissa',
    userNameHint: 'Näkyy tehtävän kuittauksen yhteydessä, esimerkiksi "M. Virtanen".',
    userNameSignedIn:
      'Kirjautuneena kuittauksissa näkyy tunnuksesi nimi: {{name}}. Tätä nimeä käytetään vain paikallisessa tilassa, ilman palvelinta.',
    save: 'Tallenna',
    saved: 'Tallennettu',
    storage: 'Tallennustila',
    persistGranted: 'Selain säilyttää tiedot pysyvästi.',
    persistDenied:
      'Selain voi poistaa tiedot, jos tila käy vähiin. Kun kirjaudut palvelimelle, kuittaukset tallentuvat myös sinne.',
    persistUnsupported: 'Selain ei tue pysyvää tallennusta.',
  },
  ...fiPlan,
  ...fiSchools,
  ...fiPrint,
  ...fiProgress,
  ...fiReport,
  rating: fiRatings.rating,
  error: fiRatings.error,
  ...fiReminders,
  // Merged into the first screen's grade words when these load.
  grade: {
    range: '{{from}}.–{{to}}. luokka',
  },
} as const;
