/**
 * The code of the views after the first screen, by route id, in a chunk of its own: the first
 * screen's code then names one chunk for all of them, not each view's chunks (their file names
 * and what each needs cost first-load bytes for every view added).
 */
import './later-views.css';

export const LATER_VIEWS = {
  plan: () => import('@/features/plan/plan-page'),
  wheel: () => import('@/features/wheel/wheel-page'),
  progress: () => import('@/features/progress/progress-page'),
  report: () => import('@/features/progress/report-page'),
  library: () => import('@/features/library/library-page'),
  schoolYears: () => import('@/features/school-years/school-years-page'),
  schools: () => import('@/features/schools/schools-page'),
  rollover: () => import('@/features/rollover/rollover-page'),
  exchange: () => import('@/features/exchange/exchange-page'),
  accounts: () => import('@/features/accounts/accounts-page'),
  history: () => import('@/features/accounts/history-page'),
  calendars: () => import('@/features/calendars/calendars-page'),
  print: () => import('@/features/print/print-page'),
  settings: () => import('@/features/settings/settings-page'),
};

export type LaterViewId = keyof typeof LATER_VIEWS;
