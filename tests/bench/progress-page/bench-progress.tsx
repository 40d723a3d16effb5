/**
 * Runs in Chromium: a municipality (12 schools, 120 classes) or a city (100 schools, 2,500
 * classes) stored through src/db with about half of what is due by TODAY marked, and the real
 * progress view mounted with the app's providers (local mode: every school). Measured: the
 * summary itself (the pure domain code, as the view runs it), and a tick made through src/db
 * until the view's totals show it, with the longest main-thread task meanwhile.
 */
import Dexie from 'dexie';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openVuosikelloDb } from '@/db/open-database';
import { markProgress } from '@/db/progress-writes';
import { seedSampleIfEmpty } from '@/db/seed';
import { progressOfSchoolYear, progressPlanOf } from '@/db/year-actions';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { organizationId } from '@/domain/ids';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';
import type { LocalDate } from '@/domain/local-date';
import type { Progress } from '@/domain/model';
import { statesOf } from '@/domain/progress/counted-actions';
import { NO_PROGRESS_FILTER } from '@/domain/progress/progress-filter';
import { indexProgressPlan } from '@/domain/progress/progress-plan';
import { progressSummary } from '@/domain/progress/progress-summary';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import ProgressPage from '@/features/progress/progress-page';
import { initI18n, loadLaterStrings } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { TodayProvider } from '@/ui/today';
import { buildMunicipality } from '../municipality';

const TODAY = '2027-03-15' as LocalDate;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1] ?? NaN;

/** Stores the organization and its marks; returns the open, due class actions to tick. */
async function seed(schools: number, classes: number) {
  const plan = buildMunicipality(schools, classes, jamsa2026, builtInTemplates);
  const db = openVuosikelloDb(`progress-bench-${schools}-${Date.now()}`);
  await seedSampleIfEmpty(db, {
    organization: { id: organizationId('org-bench'), name: 'Benchkunta' },
    schools: plan.schools,
    schoolYears: [jamsa2026],
    groups: plan.groups,
    themes: builtInThemes,
    templates: builtInTemplates,
  });
  const actions = materializeActions(plan).actions;
  const due = actions.filter((a) => a.end < TODAY);
  // Every other due action marked, one in nine of those skipped with a note. Written in one go
  // (the bench's setup, not a measured path): markProgress would take minutes for a city.
  const marked: Progress[] = due
    .filter((_, i) => i % 2 === 0)
    .map((a, i) => ({
      actionId: a.id,
      state: i % 9 === 0 ? 'skipped' : 'done',
      day: a.end,
      by: 'Opettaja',
      note: i % 9 === 0 ? 'Siirtyi' : '',
      updatedAt: 1,
    }));
  await db.progress.bulkPut(marked);
  const open = due.filter((a, i) => i % 2 === 1 && a.scope === 'class');
  return { db, actions: actions.length, records: marked.length, open };
}

/** The pure summary as the view runs it (records read against the indexed plan), median of n. */
async function pureSummary(db: ReturnType<typeof openVuosikelloDb>, rounds: number) {
  const t0 = performance.now();
  const plan = (await progressPlanOf(db, jamsa2026.id))!;
  const deriveMs = performance.now() - t0;
  const t1 = performance.now();
  const index = indexProgressPlan(plan);
  const indexMs = performance.now() - t1;
  const reads: number[] = [];
  const sums: number[] = [];
  let done = 0;
  for (let i = 0; i < rounds + 2; i += 1) {
    const t2 = performance.now();
    const records = await progressOfSchoolYear(db, jamsa2026.id);
    const t3 = performance.now();
    done = progressSummary({
      index,
      progress: statesOf(index, records),
      today: TODAY,
      filter: NO_PROGRESS_FILTER,
    }).total.done;
    const t4 = performance.now();
    if (i >= 2) {
      reads.push(t3 - t2);
      sums.push(t4 - t3);
    }
  }
  return {
    done,
    deriveMs,
    indexMs,
    readMs: median(reads),
    summaryMs: median(sums),
    summaryP90: percentile(sums, 90),
  };
}

function whenDom(check: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    if (check()) {
      resolve(performance.now());
      return;
    }
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

function nextCommit(): Promise<number> {
  return new Promise((resolve) => {
    const listener = () => {
      Dexie.on.storagemutated.unsubscribe(listener);
      resolve(performance.now());
    };
    Dexie.on.storagemutated.subscribe(listener);
  });
}

/** The done count the view's totals line shows ('Tehty 123/456 …'). */
function shownDone(): number | null {
  const text = document.querySelector('.progress-totals')?.textContent ?? '';
  const match = /Tehty (\d+)\//.exec(text);
  return match ? Number(match[1]) : null;
}

/** The longest main-thread task (ms) seen by `until` resolves. */
function longestTask(): { stop: () => number } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop: () => {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      observer.disconnect();
      return longest;
    },
  };
}

async function run(schools: number, classes: number, rounds: number) {
  const { db, actions, records, open } = await seed(schools, classes);
  const pure = await pureSummary(db, rounds);
  await initI18n('fi');
  await loadLaterStrings();
  const root = document.getElementById('root')!;
  const reactRoot = createRoot(root);
  const t0 = performance.now();
  reactRoot.render(
    <StrictMode>
      <DbProvider db={db}>
        <TodayProvider fixed={TODAY}>
          <ProgressPage params={{}} />
        </TodayProvider>
      </DbProvider>
    </StrictMode>,
  );
  // The view shows the stored marks (the figure the pure summary gave).
  await whenDom(() => shownDone() === pure.done);
  const firstShownMs = performance.now() - t0;
  const commitToScreen: number[] = [];
  const longest: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const before = shownDone()!;
    const action = open[round * 7]!;
    const tasks = longestTask();
    const screen = whenDom(() => shownDone() === before + 1);
    const commit = nextCommit();
    await markProgress(db, { actionId: action.id, state: 'done', day: TODAY, by: 'Bench' });
    commitToScreen.push((await screen) - (await commit));
    await new Promise((resolve) => setTimeout(resolve, 100));
    longest.push(tasks.stop());
  }
  reactRoot.unmount();
  root.replaceChildren();
  await db.delete();
  return {
    actions,
    records,
    ...pure,
    done: undefined,
    firstShownMs,
    tickToScreenMs: median(commitToScreen),
    tickToScreenP90: percentile(commitToScreen, 90),
    longestTaskMs: median(longest),
  };
}

Object.assign(window, { runProgressBench: run });
document.title = 'ready';
