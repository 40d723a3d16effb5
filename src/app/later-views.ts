/**
 * The code of the views after the first screen, by route id, in a chunk of its own: the first
 * screen's code then names one chunk for all of them, not each view's chunks (their file names
 * and what each needs cost first-load bytes for every view added).
 */
export const LATER_VIEWS = {
  settings: () => import('@/features/settings/settings-page'),
  plan: () => import('@/features/plan/plan-page'),
  schools: () => import('@/features/schools/schools-page'),
};

export type LaterViewId = keyof typeof LATER_VIEWS;
