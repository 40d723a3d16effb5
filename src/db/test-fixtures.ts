/**
 * Builders for the database tests: literal plan rows with overrides, and a fresh database per
 * test. Not imported by the app.
 */
import { jamsa2025, jamsa2026 } from '@/domain/calendars/jamsa';
import type { LocalDate } from '@/domain/local-date';
import { actionId, groupId, organizationId, schoolId, templateId, themeId } from '@/domain/ids';
import type { Action, Group, Organization, School, TaskTemplate, Theme } from '@/domain/model';
import { ENTITIES, keyField, type Entity } from '@/domain/entities';
import type { Change } from '@/domain/sync/protocol';
import { actionsOf } from '@/domain/schedule/schedule-record';
import { scheduleIdFor } from '@/domain/schedule/schedule-ids';
import type { VuosikelloDb } from './database';
import { openVuosikelloDb } from './open-database';
import { monthWithTemplates, readMonthRows, type MonthRead } from './month-read';
import { readTemplates } from './templates-watch';
import type { PullPage } from './pull-apply';
import type { PlanSeed } from './seed';
import {
  hasCurrentCopy,
  idsInServerRows,
  serverGeneration,
  visibleTable,
  type StoredFields,
} from './server-copy';
import { bindTables } from './tx-tables';

let counter = 0;

/** A new, empty database with a name no other test uses. */
export function freshDb(): VuosikelloDb {
  counter += 1;
  return openVuosikelloDb(`db-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A clock that starts at 1 000 000 and ticks by one millisecond per call. */
export function fakeClock(start = 1_000_000): () => number {
  let t = start;
  return () => t++;
}

/** Ids shared by the builders. */
export const ORG = organizationId('org-demo');
export const SCHOOL_A = schoolId('s-a');
export const SCHOOL_B = schoolId('s-b');
export { jamsa2025, jamsa2026 };

/** The organization, with overrides. */
export const buildOrganization = (o: Partial<Organization> = {}): Organization => ({
  id: ORG,
  name: 'Jämsä',
  ...o,
});

/** School A (all grades), with overrides. */
export const buildSchool = (o: Partial<School> = {}): School => ({
  id: SCHOOL_A,
  organizationId: ORG,
  name: 'Koivulan koulu',
  grades: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  ...o,
});

/** Class 1A of school A in 2026-2027, with overrides. */
export const buildGroup = (o: Partial<Group> = {}): Group => ({
  id: groupId('g-2026-1a'),
  schoolId: SCHOOL_A,
  schoolYearId: jamsa2026.id,
  name: '1A',
  grades: [1],
  ...o,
});

/** The community theme, with overrides. */
export const buildTheme = (o: Partial<Theme> = {}): Theme => ({
  id: themeId('th-community'),
  name: { fi: 'Yhteisöllisyys', sv: 'Gemenskap', en: 'Community' },
  color: '#2a7',
  ...o,
});

/** A class task for every grade in September, with overrides. */
export const buildTemplate = (o: Partial<TaskTemplate> = {}): TaskTemplate => ({
  id: templateId('t-rules'),
  title: { fi: 'Luokan säännöt', sv: 'Klassens regler', en: 'Class rules' },
  description: { fi: 'Sovitaan yhdessä.', sv: 'Vi kommer överens.', en: 'Agree together.' },
  themeId: themeId('th-community'),
  grades: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  scope: 'class',
  responsible: ['classTeacher'],
  timing: { kind: 'month', month: 9, part: 'whole' },
  materials: [],
  ...o,
});

/**
 * A small plan: two schools, classes in both school years (one combined 5-6), a class, a school
 * and an organization task.
 */
/** The buildSeed plan's class 1A's rules task in 2026-2027, which tests tick. */
export const RULES_1A = actionId('sy-2026~g:g-2026-1a~t-rules~');

export function buildSeed(): PlanSeed {
  return {
    organization: buildOrganization(),
    schools: [
      buildSchool(),
      buildSchool({ id: SCHOOL_B, name: 'Patalan koulu', grades: [7, 8, 9] }),
    ],
    schoolYears: [jamsa2025, jamsa2026],
    groups: [
      buildGroup({ id: groupId('g-2025-1a'), schoolYearId: jamsa2025.id }),
      buildGroup(),
      buildGroup({ id: groupId('g-2026-56'), name: '5-6', grades: [5, 6] }),
      buildGroup({ id: groupId('g-2026-7a'), name: '7A', grades: [7], schoolId: SCHOOL_B }),
    ],
    themes: [buildTheme()],
    templates: [
      buildTemplate(),
      buildTemplate({
        id: templateId('t-survey'),
        grades: [5, 6, 7],
        timing: { kind: 'isoWeek', week: 45 },
      }),
      buildTemplate({
        id: templateId('t-welfare-group'),
        scope: 'school',
        responsible: ['principal'],
        timing: { kind: 'everyMonth', months: [9, 1], part: 'firstHalf' },
      }),
      buildTemplate({
        id: templateId('t-steering'),
        scope: 'organization',
        responsible: ['coordinator'],
        timing: { kind: 'month', month: 5, part: 'secondHalf' },
      }),
    ],
  };
}

/** Every stored action (the schedules' actions, flattened), by id. */
export async function storedActions(db: VuosikelloDb): Promise<Action[]> {
  const schedules = await db.schedules.toArray();
  return schedules.flatMap(actionsOf).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** One stored action by id, or undefined. */
export async function storedAction(db: VuosikelloDb, id: string): Promise<Action | undefined> {
  return (await storedActions(db)).find((a) => a.id === id);
}

/** Records the ids of every schedule record created, updated or deleted from now on. */
export function watchScheduleWrites(db: VuosikelloDb) {
  const written: string[] = [];
  const deleted: string[] = [];
  db.schedules.hook('creating', (key) => void written.push(String(key)));
  db.schedules.hook('updating', (_changes, key) => void written.push(String(key)));
  db.schedules.hook('deleting', (key) => void deleted.push(String(key)));
  return { written, deleted };
}

/** A class's own actions (not its school's or the organization's), by window. */
export async function classActions(db: VuosikelloDb, group: string): Promise<Action[]> {
  const row = await db.groups.get(groupId(group));
  if (!row) return [];
  const id = scheduleIdFor(row.schoolYearId, { kind: 'group', groupId: row.id });
  const schedule = await db.schedules.get(id);
  return schedule ? actionsOf(schedule) : []; // a schedule holds its actions by window
}

/**
 * The server copies the database holds of `entity` (all entities when omitted), wherever they
 * are: embedded in visible rows (of the current generation) or in serverRows.
 */
export async function serverCopyKeys(db: VuosikelloDb, entity?: Entity): Promise<string[]> {
  return db.transaction('r', db.tables, async (tx) => {
    const t = bindTables(tx);
    const generation = await serverGeneration(t);
    const keys: string[] = [];
    for (const e of entity ? [entity] : ENTITIES) {
      const rows: StoredFields[] = await visibleTable(t, e).toArray();
      for (const row of rows) {
        if (hasCurrentCopy(row, generation)) keys.push(`${e}:${String(row[keyField(e)])}`);
      }
      for (const id of await idsInServerRows(t, e)) keys.push(`${e}:${id}`);
    }
    return keys.sort();
  });
}

/** A change of `data` at `seq`, every field written at that seq. */
export function change(
  entity: Change['entity'],
  data: object,
  seq: number,
  overrides: Partial<Change> = {},
): Change {
  const fields = data as Record<string, unknown>;
  const id = String(fields[entity === 'progress' ? 'actionId' : 'id']);
  const fieldSeq = Object.fromEntries(Object.keys(fields).map((f) => [f, seq]));
  return {
    entity,
    id,
    seq,
    deleted: false,
    data: { ...fields },
    fieldSeq: { ...fieldSeq, deleted: seq },
    updatedBy: 'system',
    ...overrides,
  };
}

/** The plan of buildSeed() as changes at seqs 1..14. */
export function seedChanges(): Change[] {
  const seed = buildSeed();
  const rows: [Change['entity'], object][] = [
    ['organization', seed.organization],
    ...seed.schools.map((r) => ['school', r] as [Change['entity'], object]),
    ...seed.schoolYears.map((r) => ['schoolYear', r] as [Change['entity'], object]),
    ...seed.groups.map((r) => ['group', r] as [Change['entity'], object]),
    ...seed.themes.map((r) => ['theme', r] as [Change['entity'], object]),
    ...seed.templates.map((r) => ['template', r] as [Change['entity'], object]),
  ];
  return rows.map(([entity, data], i) => change(entity, data, i + 1));
}

export function page(changes: Change[], overrides: Partial<PullPage> = {}): PullPage {
  const cursor = changes.at(-1)?.seq ?? 0;
  return {
    dbEpoch: 'e1',
    changes,
    cursor,
    hasMore: false,
    headSeq: cursor,
    lastMutationId: 0,
    ...overrides,
  };
}

/** The month read once, its rows and its templates (the app follows both live: use-month-data.ts). */
export async function readMonth(
  db: VuosikelloDb,
  groupId: string | undefined,
  today: LocalDate,
): Promise<MonthRead> {
  const [rows, templates] = await Promise.all([
    readMonthRows(db, groupId, today),
    readTemplates(db),
  ]);
  return monthWithTemplates(rows, templates);
}
