/**
 * Runs in Chromium: a municipality (12 schools, 120 classes) stored through src/db, the real
 * teacher's month mounted with the app's providers (as src/app/main.tsx does), and a template of
 * the open class edited with saveTemplate. Measured per edit: from the write's commit (the
 * IndexedDB transaction's complete event, Dexie's storagemutated) until the DOM shows the change
 * (a MutationObserver sees it), and the save call's total (including the strict-durability
 * commit).
 */
import Dexie from 'dexie';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openVuosikelloDb } from '@/db/database';
import { setMeta } from '@/db/meta';
import { saveTemplate } from '@/db/plan-writes';
import { listTemplates } from '@/db/queries';
import { seedSampleIfEmpty } from '@/db/seed';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { organizationId } from '@/domain/ids';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';
import type { LocalDate } from '@/domain/local-date';
import type { TaskTemplate } from '@/domain/model';
import type { TimingRule } from '@/domain/timing-rule';
import ThisMonthPage from '@/features/this-month/this-month-page';
import { initI18n } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { TodayProvider } from '@/ui/today';
import { buildMunicipality } from '../municipality';

const TODAY = '2026-11-10' as LocalDate;
/** A grade 1-6 class task of November: its card is in the open month of a grade 3 class. */
const TITLE = 'Teematunti: hyvinvointi ja terveys';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

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

async function mountMonth() {
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
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <DbProvider db={db}>
        <TodayProvider fixed={TODAY}>
          <ThisMonthPage params={{ groupId: group.id, month: TODAY.slice(0, 7) }} />
        </TodayProvider>
      </DbProvider>
    </StrictMode>,
  );
  const label = () => [
    ...document.querySelectorAll('section[aria-labelledby="month-heading"] label'),
  ];
  await whenDom(() => label().some((l) => l.textContent === TITLE));
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
  const { db, template } = await mountMonth();
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
  const summary = (times: EditTimes) => ({
    commitToScreenMs: median(times.commitToScreen),
    commitToScreenMax: Math.max(...times.commitToScreen),
    saveTotalMs: median(times.saveTotal),
  });
  return {
    classes: 120,
    templates: builtInTemplates.length,
    title: summary(title),
    timing: summary(timing),
  };
}

Object.assign(window, { runPlanEditBench: run });
document.title = 'ready';
