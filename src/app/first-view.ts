/**
 * The module of the view the app opens at `/` (HOME_ROUTE in routes.ts loads it lazily). The
 * build preloads its code from index.html (vite.config.ts), and the initial-JavaScript measure
 * counts it (tests/support/bundle-size.ts); a test checks that the home route loads this module.
 */
export const FIRST_VIEW_MODULE = 'src/features/this-month/this-month-page.tsx';
