/** Finnish strings of the roll-over to the next school year (features/rollover). */
export const fiRollover = {
  rollover: {
    title: 'Uusi lukuvuosi',
    intro:
      'Aloita seuraava lukuvuosi tästä: lukuvuoden päivät ehdotetaan tämän vuoden säännöistä ja luokat siirtyvät luokka-asteen ylöspäin. Tarkista esikatselu ennen kuin mitään tallennetaan.',
    sourceYear: 'Lähtövuosi',
    yearOption: '{{start}}–{{end}}',
    noYears: 'Laitteella ei ole vielä lukuvuotta, josta aloittaa.',
    previewTitle: 'Esikatselu: lukuvuosi {{start}}–{{end}}',
    calendarTitle: 'Lukuvuoden päivät',
    firstDay: 'Ensimmäinen koulupäivä',
    lastDay: 'Viimeinen koulupäivä',
    schoolDays: 'Koulupäiviä',
    schoolDaysValue: '{{count}} (laskennallinen tavoite {{expected}})',
    daysDiffer:
      'Koulupäiviä on eri määrä kuin laskennallinen tavoite: tarkista ensimmäinen ja viimeinen päivä lukuvuoden asetuksissa, kun vuosi on luotu.',
    breaksCaption: 'Lomat',
    breakKind: 'Loma',
    breakStart: 'Alkaa',
    breakEnd: 'Päättyy',
    break_autumn: 'Syysloma',
    break_christmas: 'Joululoma',
    break_winter: 'Talviloma',
    break_other: 'Muu loma',
    celebration: 'Lauantai {{day}} on koulupäivä (kevätjuhla), kuten tänä vuonna.',
    notCarried:
      'Tämän vuoden erilliset päivät eivät siirry: {{days}}. Lisää ne tarvittaessa lukuvuoden asetuksiin.',
    rules:
      'Syys- ja talviloma ovat samoilla viikoilla kuin tänä vuonna, joululoma samoina päivinä, ensimmäinen koulupäivä samalla viikolla ja viikonpäivänä, ja viimeinen koulupäivä on viikon 22 lauantai.',
    carriedOver:
      'Tehtäväkirjasto, teemat ja koulujen omat muutokset eivät ole lukuvuosikohtaisia: uusi vuosi käyttää niitä sellaisinaan.',
    schoolsTitle: 'Luokat kouluittain',
    summary: 'Uusia {{created}}, siirtyy {{moved}}, lähtee {{leaving}}',
    createdCaption: 'Uudet ryhmät',
    movedCaption: 'Luokka-asteen ylöspäin siirtyvät luokat',
    leavingCaption: 'Lähtevät luokat',
    className: 'Luokka',
    grades: 'Luokka-asteet',
    oldClass: 'Nyt',
    newClass: 'Ensi vuonna',
    reason: 'Syy',
    none: 'Ei yhtään.',
    reason_finishesSchool: 'Päättää peruskoulun',
    reason_toFirstGrade: 'Siirtyy uusille ensimmäisille luokille',
    reason_gradeNotTaught: 'Koulu ei opeta luokka-astetta, siirtyy toiseen kouluun',
    reason_noSchool: 'Koulua ei enää ole',
    unknownSchool: 'Tuntematon koulu ({{id}})',
    confirm: 'Luo lukuvuosi {{start}}–{{end}}',
    writing: 'Tallennetaan…',
    written:
      'Lukuvuosi {{start}}–{{end}} luokkineen on luotu. Voit perua sen, kunnes ensimmäinen uuden vuoden tehtävä on kuitattu.',
    exists: 'Lukuvuosi {{start}}–{{end}} on jo olemassa.',
    undo: 'Peru lukuvuoden {{start}}–{{end}} luonti',
    undone: 'Lukuvuosi {{start}}–{{end}} ja sen luokat poistettiin.',
    accountsUpdated_one: 'Opettajien luokat päivitettiin: {{count}} käyttäjä.',
    accountsUpdated_other: 'Opettajien luokat päivitettiin: {{count}} käyttäjää.',
    accountsFailed:
      'Opettajien luokkia ei saatu päivitettyä palvelimella. Lukuvuosi on silti luotu; käyttäjien luokat voi asettaa käsin.',
    error_YEAR_EXISTS: 'Lukuvuosi on jo olemassa. Mitään ei muutettu.',
    error_PROGRESS_EXISTS:
      'Uuden vuoden tehtäviä on jo kuitattu, joten luontia ei voi enää perua. Mitään ei poistettu.',
    error_YEAR_MISSING: 'Lukuvuotta ei ole enää. Mitään ei muutettu.',
    error_NOT_A_ROLLOVER:
      'Lukuvuotta ei ole luotu siirtämällä tätä vuotta, tai siihen on sen jälkeen lisätty luokkia, joten luontia ei voi perua tässä. Mitään ei poistettu.',
    error_unknown: 'Tallennus ei onnistunut. Mitään ei muutettu.',
  },
} as const;
