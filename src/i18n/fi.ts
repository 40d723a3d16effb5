/**
 * Finnish: the default language and the source of the keys. sv.ts and en.ts must have exactly
 * these keys (the type checks it, and a test checks it at run time too).
 */
export const fi = {
  app: {
    name: 'Vuosikello',
    tagline: 'Hyvinvoinnin vuosikello',
    skipToContent: 'Siirry sisältöön',
    loading: 'Ladataan…',
    navLabel: 'Päävalikko',
    storageNotice: 'Tiedot tallentuvat tähän selaimeen.',
  },
  nav: {
    thisMonth: 'Tämä kuukausi',
    settings: 'Asetukset',
  },
  language: {
    label: 'Kieli',
    fi: 'suomi',
    sv: 'svenska',
    en: 'English',
  },
  update: {
    available: 'Uusi versio on saatavilla.',
    apply: 'Päivitä nyt',
    later: 'Myöhemmin',
  },
  status: {
    unsynced_one: '{{count}} muutos odottaa synkronointia',
    unsynced_other: '{{count}} muutosta odottaa synkronointia',
    allSaved: 'Kaikki muutokset tallennettu tälle laitteelle',
  },
  month: {
    title: 'Luokan tehtävät kuukaudelle',
    classLabel: 'Luokka',
    noClasses: 'Tälle lukuvuodelle ei ole vielä luokkia.',
    schoolYear: 'Lukuvuosi {{start}}–{{end}}, {{count}} koulupäivää',
    previousMonth: 'Edellinen kuukausi',
    monthNav: 'Kuukauden valinta',
    nextMonth: 'Seuraava kuukausi',
    themeFilter: 'Teema',
    allThemes: 'Kaikki teemat',
    overdue: 'Myöhässä',
    overdueBadge: 'Myöhässä',
    thisMonth: 'Tehtävät: {{month}}',
    nextMonthPreview: 'Ensi kuussa: {{month}}',
    emptyMonth: 'Ei tehtäviä tässä kuussa.',
    emptyOverdue: 'Ei myöhässä olevia tehtäviä.',
    emptyNextMonth: 'Ei tehtäviä ensi kuussa.',
    progressSummary: '{{done}} / {{total}} tehty',
  },
  action: {
    done: 'Tehty',
    markDone: 'Merkitse tehdyksi: {{title}}',
    skip: 'Ohita',
    undo: 'Kumoa',
    window: 'Ajankohta',
    windowRange: '{{start}} – {{end}}',
    weeks_one: 'viikko {{weeks}}',
    weeks_other: 'viikot {{weeks}}',
    responsible: 'Vastuu',
    scopeSchool: 'Koko koulu',
    scopeOrganization: 'Koko kunta',
    doneBy: 'Tehty {{day}}, {{by}}',
    doneOn: 'Tehty {{day}}',
    skippedBy: 'Ohitettu {{day}}, {{by}}',
    skippedOn: 'Ohitettu {{day}}',
    details: 'Kuvaus',
    note: 'Muistiinpano',
    noteHint:
      'Lyhyt merkintä koko luokasta. Älä kirjoita oppilaiden nimiä tai muita henkilötietoja.',
    saveNote: 'Tallenna muistiinpano',
    noteSaved: 'Muistiinpano tallennettu',
  },
  adjustment: {
    movedOutOfBreak: 'Siirretty, koska ajankohta osui lomalle ({{break}}).',
    movedOffHoliday: 'Siirretty, koska ajankohta osui pyhäpäivälle.',
    movedOffDayOff: 'Siirretty, koska ajankohtana ei ole koulupäiviä.',
    clampedToSchoolYear: 'Siirretty lukuvuoden sisälle.',
  },
  break: {
    autumn: 'syysloma',
    christmas: 'joululoma',
    winter: 'talviloma',
    other: 'loma',
  },
  role: {
    classTeacher: 'luokanopettaja',
    homeroomTeacher: 'luokanvalvoja',
    preschoolTeacher: 'esiopettaja',
    nurse: 'terveydenhoitaja',
    doctor: 'koululääkäri',
    socialWorker: 'koulukuraattori',
    psychologist: 'koulupsykologi',
    principal: 'rehtori',
    specialTeacher: 'erityisopettaja',
    counsellor: 'opinto-ohjaaja',
    peTeacher: 'liikunnanopettaja',
    coordinator: 'yhteisöllisen opiskeluhuollon koordinaattori',
    youthWorker: 'nuorisotyöntekijä',
  },
  grade: {
    preschool: 'esiopetus',
    grade: '{{grade}}. luokka',
  },
  settings: {
    title: 'Asetukset',
    userName: 'Nimesi kuittauksissa',
    userNameHint: 'Näkyy tehtävän kuittauksen yhteydessä, esimerkiksi "M. Virtanen".',
    save: 'Tallenna',
    saved: 'Tallennettu',
    storage: 'Tallennustila',
    persistGranted: 'Selain säilyttää tiedot pysyvästi.',
    persistDenied:
      'Selain voi poistaa tiedot, jos tila käy vähiin. Vie varmuuskopio säännöllisesti.',
    persistUnsupported: 'Selain ei tue pysyvää tallennusta.',
  },
  error: {
    NOTE_TOO_LONG: 'Muistiinpano on liian pitkä (enintään {{max}} merkkiä).',
    NAME_TOO_LONG: 'Nimi on liian pitkä (enintään {{max}} merkkiä).',
    unknown: 'Tallennus epäonnistui. Mitään ei muutettu.',
  },
} as const;

/** Same keys as the Finnish source, any text. */
export type Resource<T = typeof fi> = {
  [K in keyof T]: T[K] extends string ? string : Resource<T[K]>;
};
