import type { fiRatings } from './fi-ratings';
import type { Resource } from './fi';

/** Swedish strings of the ratings (the month's choice, the progress view's sums; their errors are in sv.ts). */
export const svRatings = {
  rating: {
    question: 'Hur fungerade uppgiften?',
    optional: 'frivilligt',
    well: 'Fungerade bra',
    partly: 'Delvis',
    not: 'Fungerade inte',
    unrated: 'Ingen bedömning',
    clear: 'Ta bort bedömningen',
    label: 'Bedömning',
    title: 'Hur uppgiften fungerade',
    hint: 'Lärarnas bedömningar av de gånger uppgiften har gjorts. Bedömningen är frivillig.',
    none: 'Uppgiften har inte gjorts ännu.',
    colRating: 'Bedömning',
    colByTask: 'Bedömningar (bra / delvis / inte)',
    colCount: 'Antal',
    summary:
      'Fungerade bra {{well}} · delvis {{partly}} · fungerade inte {{not}} · ingen bedömning {{unrated}}',
  },
} as const satisfies Resource<Pick<typeof fiRatings, 'rating'>>;
