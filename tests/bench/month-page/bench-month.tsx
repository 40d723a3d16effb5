/**
 * Runs in Chromium: a municipality (12 schools, 120 classes) stored through src/db, a real view
 * mounted with the app's providers (as src/app/main.tsx does), and a template edited with
 * saveTemplate. The view is the teacher's month with the open class's card (runPlanEditBench) or
 * the coordinator's year-plan grid (runPlanGridBench). Measured per edit: from the write's commit
 * (the IndexedDB transaction's complete event, Dexie's storagemutated) until the DOM shows the
 * change (a MutationObserver sees it), and the save call's total (including the strict-durability
 * commit).
 */
import Dexie from 'dexie';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { openVuosikelloDb } from '@/db/open-database';
import { setMeta } from '@/db/meta';
import { saveTemplate } from '@/db/plan-writes';
import { listTemplates } from '@/db/queries';
import { seedSampleIfEmpty } from '@/db/seed';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { organizationId } from '@/domain/ids';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';
import type { LocalDate } from '@/domain/local-date';
import type { Group, TaskTemplate } from '@/domain/model';
import { monthColumn, moveRuleToMonth } from '@/domain/plan-grid';
import type { Month, TimingRule } from '@/domain/timing-rule';
import PlanPage from '@/features/plan/plan-page';
import ThisMonthPage from '@/features/this-month/this-month-page';
import { initI18n, loadLaterStrings } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { TodayProvider } from '@/ui/today';
import { buildMunicipality } from '../municipality';

const TODAY = '2026-11-10' as LocalDate;
/** A grade 1-6 class task of November: its card is in the open month of a grade 3 class. */
const TITLE = 'Teematunti: hyvinvointi ja terveys';

const summary = (times: EditTimes) => ({
  commitToScreenMs: median(times.commitToScreen),
  commitToScreenP90: percentile(times.commitToScreen, 90),
  commitToScreenMax: Math.max(...times.commitToScreen),
  saveTotalMs: median(times.saveTotal),
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** The nearest-rank `p`th percentile. */
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1] ?? NaN;

/** Resolves with the time at which `check` first holds after a DOM change. */
function whenDom(check: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The time of the next commit of a readwrite transaction that changed something. */
function nextCommit(): Promise<number> {
  return new Promise((resolve) => {
    const listener = () => {
      Dexie.on.storagemutated.unsubscribe(listener);
      resolve(performance.now());
    };
    Dexie.on.storagemutated.subscribe(listener);
  });
}

/** Stores the municipality, renders `view(group)` (a grade 3 class) and returns TITLE's template. */
async function mount(view: (group: Group) => ReactNode, shown: () => boolean) {
  const plan = buildMunicipality(12, 120, jamsa2026, builtInTemplates);
  const db = openVuosikelloDb(`plan-edit-${Date.now()}`);
  await seedSampleIfEmpty(db, {
    organization: { id: organizationId('org-bench'), name: 'Benchkunta' },
    schools: plan.schools,
    schoolYears: [jamsa2026],
    groups: plan.groups,
    themes: builtInThemes,
    templates: builtInTemplates,
  });
  const group = plan.groups.find((g) => g.grades.includes(3));
  if (!group) throw new Error('no grade 3 class');
  await setMeta(db, 'selectedGroupId', group.id);
  await initI18n('fi');
  await loadLaterStrings();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <DbProvider db={db}>
        <TodayProvider fixed={TODAY}>{view(group)}</TodayProvider>
      </DbProvider>
    </StrictMode>,
  );
  await whenDom(shown);
  const template = (await listTemplates(db)).find((t) => t.title.fi === TITLE);
  if (!template) throw new Error(`no template ${TITLE}`);
  return { db, template };
}

/** The card of `template` in the open month (found by its checkbox's label). */
function cardOf(title: string): Element | null {
  const label = [
    ...document.querySelectorAll('section[aria-labelledby="month-heading"] label'),
  ].find((l) => l.textContent === title);
  return label?.closest('li') ?? null;
}

interface EditTimes {
  readonly commitToScreen: number[];
  readonly saveTotal: number[];
}

/** Saves `next(round)` and waits for `shown(round)`; times from the commit and of the save. */
async function measureEdits(
  rounds: number,
  edit: (round: number) => Promise<void>,
  shown: (round: number) => boolean,
): Promise<EditTimes> {
  const commitToScreen: number[] = [];
  const saveTotal: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const screen = whenDom(() => shown(round));
    const commit = nextCommit();
    const t0 = performance.now();
    await edit(round);
    saveTotal.push(performance.now() - t0);
    commitToScreen.push((await screen) - (await commit));
    // Let the page settle (other live queries, paint) before the next edit.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { commitToScreen, saveTotal };
}

async function run(rounds: number) {
  const { db, template } = await mount(
    (group) => <ThisMonthPage params={{ groupId: group.id, month: TODAY.slice(0, 7) }} />,
    () => cardOf(TITLE) !== null,
  );
  let current: TaskTemplate = template;
  const save = async (next: TaskTemplate) => {
    current = next;
    await saveTemplate(db, next);
  };
  // The title: no schedule changes, the month re-reads the templates.
  const titleOf = (round: number) => `${TITLE} (${round + 1})`;
  const title = await measureEdits(
    rounds,
    (round) => save({ ...current, title: { ...current.title, fi: titleOf(round) } }),
    (round) => cardOf(titleOf(round)) !== null,
  );
  // The timing: the schedules of the template's classes (grades 1-6) are rewritten, and the
  // card's window moves (ISO weeks 46 and 47 in turn, both in November).
  const weekOf = (round: number) => (round % 2 === 0 ? 47 : 46);
  const startOf = (round: number) => (round % 2 === 0 ? '2026-11-16' : '2026-11-09');
  const timing = await measureEdits(
    rounds,
    (round) => {
      const rule: TimingRule = { kind: 'isoWeek', week: weekOf(round) };
      return save({ ...current, timing: rule });
    },
    (round) =>
      cardOf(current.title.fi)?.querySelector('time')?.getAttribute('datetime') === startOf(round),
  );
  return {
    classes: 120,
    templates: builtInTemplates.length,
    title: summary(title),
    timing: summary(timing),
  };
}

/** TITLE's entries in the grade 3 row of the year-plan grid, by month (the Move button's key). */
const gridHas = (templateId: string, month: Month) =>
  document.querySelector(`[data-move="g3|${templateId}|${String(monthColumn(month))}"]`) !== null;
const gridTitles = (title: string) =>
  [...document.querySelectorAll('table.year-plan-grid .year-plan-task')].some(
    (span) => span.textContent === title,
  );

/**
 * The coordinator's year-plan grid (local mode: may move tasks) over the municipality, with TITLE
 * (a grade 1-6 task of November) edited as the grid itself does: its title, and moved between
 * November and December (moveRuleToMonth, as the Move form); each edit re-derives the whole grid.
 */
async function runGrid(rounds: number) {
  const { db, template } = await mount(
    () => <PlanPage />,
    () => gridTitles(TITLE),
  );
  let current: TaskTemplate = template;
  const save = async (next: TaskTemplate) => {
    current = next;
    await saveTemplate(db, next);
  };
  const titleOf = (round: number) => `${TITLE} (${round + 1})`;
  const title = await measureEdits(
    rounds,
    (round) => save({ ...current, title: { ...current.title, fi: titleOf(round) } }),
    (round) => gridTitles(titleOf(round)),
  );
  // Between November and December in turn: each round moves the task from where the last left it.
  const monthOf = (round: number): Month => (round % 2 === 0 ? 12 : 11);
  const standsIn = (round: number) => (round === 0 ? 11 : monthOf(round - 1));
  const move = await measureEdits(
    rounds,
    (round) => {
      const moved = moveRuleToMonth(current.timing, monthOf(round), standsIn(round));
      if (moved.kind === 'same') throw new Error('the move changes nothing');
      return save({ ...current, timing: moved.rule });
    },
    (round) => gridHas(current.id, monthOf(round)),
  );
  return {
    classes: 120,
    templates: builtInTemplates.length,
    cells: document.querySelectorAll('table.year-plan-grid .year-plan-task').length,
    title: summary(title),
    move: summary(move),
  };
}

Object.assign(window, { runPlanEditBench: run, runPlanGridBench: runGrid });
document.title = 'ready';
