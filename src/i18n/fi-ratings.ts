/**
 * Finnish strings of the ratings: the teacher's choice on a done task in the month, and the sums
 * per task in the progress view.
 */
export const fiRatings = {
  rating: {
    question: 'Miten tehtävä toimi?',
    optional: 'vapaaehtoinen',
    well: 'Toimi hyvin',
    partly: 'Osittain',
    not: 'Ei toiminut',
    unrated: 'Ei arviota',
    clear: 'Poista arvio',
    label: 'Arvio',
    title: 'Miten tehtävä toimi',
    hint: 'Opettajien arviot niistä kerroista, joina tehtävä on tehty. Arvio on vapaaehtoinen.',
    none: 'Tehtävää ei ole vielä tehty.',
    colRating: 'Arvio',
    colByTask: 'Arviot (hyvin / osittain / ei)',
    colCount: 'Kertoja',
    summary:
      'Toimi hyvin {{well}} · osittain {{partly}} · ei toiminut {{not}} · ei arviota {{unrated}}',
  },
  // The rating's write errors: with the rating choice, not the first screen (fi.ts merges them
  // into `error`, as loading the later strings does).
  error: {
    RATING_NOT_DONE: 'Arvion voi antaa vain tehdylle tehtävälle.',
    RATING_UNKNOWN: 'Tuntematon arvio. Mitään ei muutettu.',
  },
} as const;
