import type { fiRatings } from './fi-ratings';
import type { Resource } from './fi';

/** English strings of the ratings (the month's choice, the progress view's sums; their errors are in en.ts). */
export const enRatings = {
  rating: {
    question: 'How did the task work?',
    optional: 'optional',
    well: 'Worked well',
    partly: 'Partly',
    not: 'Did not work',
    unrated: 'Not rated',
    clear: 'Clear the rating',
    label: 'Rating',
    title: 'How the task worked',
    hint: "Teachers' ratings of the times the task was done. Rating is optional.",
    none: 'The task has not been done yet.',
    colRating: 'Rating',
    colByTask: 'Ratings (well / partly / not)',
    colCount: 'Times',
    summary:
      'Worked well {{well}} · partly {{partly}} · did not work {{not}} · not rated {{unrated}}',
  },
} as const satisfies Resource<Pick<typeof fiRatings, 'rating'>>;
