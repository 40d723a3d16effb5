/**
 * Classes moved up a grade for the next school year, per school. A class is a group of one
 * school year, so every class of the new year is a new row with a new id; a class carried over
 * names the class it came from (the mapping that re-points teachers' accounts).
 *
 * - A class's grades go up by one, keeping only grades its school teaches: [3] -> [4], a
 *   combined [1, 2] -> [2, 3], [8, 9] -> [9].
 * - Its name follows when it starts with its grades ("3A" -> "4A", "5–6" -> "6–7"); any other
 *   name ("Tähtiluokka") is kept.
 * - A class leaves when nothing is left: ninth grades finish school, pre-primary groups move on
 *   to the new first grades, and a grade the school does not teach moves to another school.
 * - For each school teaching pre-primary or grade 1, one new group each appears: "Eskari" (the
 *   word Finnish schools use for their pre-primary group, as in the sample) and "1A" (the first
 *   parallel class letter); the coordinator renames or adds parallel classes afterwards.
 */
import { groupId, type GroupId, type SchoolId, type SchoolYearId } from '../ids';
import type { Grade, Group, School } from '../model';

/** Why a class is not carried into the new year. */
export type LeaveReason = 'finishesSchool' | 'toFirstGrade' | 'gradeNotTaught' | 'noSchool';

/** A class carried into the new year: the old row and the new one. */
export interface ClassMove {
  readonly from: Group;
  readonly to: Group;
  readonly renamed: boolean;
}

export interface ClassLeaving {
  readonly group: Group;
  readonly reason: LeaveReason;
}

/** One school's part of the roll-over. */
export interface SchoolRollover {
  readonly schoolId: SchoolId;
  readonly created: readonly Group[];
  readonly moved: readonly ClassMove[];
  readonly leaving: readonly ClassLeaving[];
}

/** The name of the new pre-primary group and of the new first grade. */
export const NEW_GROUP_NAMES = { 0: 'Eskari', 1: '1A' } as const;

// Grades at the start of a name, joined by a dash, en dash, slash or plus ("5–6", "1/2", "7-9").
const LEADING_GRADES = /^(\d)((?:\s*[-–/+]\s*\d)*)(?!\d)/;

/**
 * The name of a class whose grades change from `from` to `to`: when the name starts with exactly
 * its old grades, those are replaced by the new ones (joined as before, an en dash when a single
 * grade becomes several); otherwise the name is kept.
 */
export function movedClassName(name: string, from: readonly Grade[], to: readonly Grade[]): string {
  const match = LEADING_GRADES.exec(name);
  if (match === null) return name;
  const lead = match[0];
  const numbers = lead
    .split(/[^\d]+/)
    .filter((s) => s !== '')
    .map(Number);
  const sorted = [...from].sort((a, b) => a - b);
  if (numbers.length !== sorted.length || numbers.some((n, i) => n !== sorted[i])) return name;
  const separator = /\s*[-–/+]\s*/.exec(lead)?.[0] ?? '–';
  return [...to].sort((a, b) => a - b).join(separator) + name.slice(lead.length);
}

/** A readable id part of a class name: lower-case letters and digits, runs of others as '-'. */
function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'class' : s;
}

/** Room left in an entity id (100 characters, sync/action-ids.ts) for a '-2'... suffix. */
const ID_BASE_MAX = 90;

/** FNV-1a of `s` as 8 hex digits: a short, deterministic stand-in for a long id part. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Deterministic ids for the new classes: 'g-<startYear>-<schoolId>-<name>' ('g-2027-school-demo-4a'),
 * with '-2', '-3'... for names that read the same within a school. When that would be too long
 * for an id, the school and name are replaced by their hash and the start of the name.
 */
function idMaker(startYear: number) {
  const taken = new Set<string>();
  return (school: SchoolId, name: string): GroupId => {
    const readable = `g-${startYear}-${school}-${slug(name)}`;
    const base =
      readable.length <= ID_BASE_MAX
        ? readable
        : `g-${startYear}-${fnv1a(`${school}/${slug(name)}`)}-${slug(name)}`.slice(0, ID_BASE_MAX);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return groupId(id);
  };
}

const byGradesThenName = (a: Group, b: Group) => {
  const ga = Math.min(...a.grades);
  const gb = Math.min(...b.grades);
  if (ga !== gb) return ga - gb;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

function leaveReason(group: Group, school: School | undefined): LeaveReason {
  if (school === undefined) return 'noSchool';
  if (group.grades.every((g) => g === 0)) return 'toFirstGrade';
  if (group.grades.every((g) => g === 9)) return 'finishesSchool';
  return 'gradeNotTaught';
}

/**
 * Moves the classes of the source year (`groups`, other years' rows are ignored) up a grade into
 * `newYearId` (starting in August of `startYear`); see the module comment for the rules. One
 * entry per school of `schools` in their order, then one for classes whose school is gone.
 */
export function moveClassesUp(
  schools: readonly School[],
  groups: readonly Group[],
  sourceYearId: SchoolYearId,
  newYearId: SchoolYearId,
  startYear: number,
): SchoolRollover[] {
  const newId = idMaker(startYear);
  const bySchool = new Map<SchoolId, Group[]>();
  for (const g of groups) {
    if (g.schoolYearId !== sourceYearId) continue;
    const list = bySchool.get(g.schoolId);
    if (list) list.push(g);
    else bySchool.set(g.schoolId, [g]);
  }
  const result: SchoolRollover[] = schools.map((school) => {
    const taught = new Set<Grade>(school.grades);
    const classes = (bySchool.get(school.id) ?? []).sort(byGradesThenName);
    bySchool.delete(school.id);
    const moved: ClassMove[] = [];
    const leaving: ClassLeaving[] = [];
    for (const from of classes) {
      // A pre-primary group alone does not become a first grade: its children join the new ones.
      const onlyPrePrimary = from.grades.every((g) => g === 0);
      const grades = from.grades
        .map((g) => g + 1)
        .filter((g): g is Grade => g <= 9 && taught.has(g as Grade));
      if (onlyPrePrimary || grades.length === 0) {
        leaving.push({ group: from, reason: leaveReason(from, school) });
        continue;
      }
      const name = movedClassName(from.name, from.grades, grades);
      const to: Group = {
        id: newId(school.id, name),
        schoolId: school.id,
        schoolYearId: newYearId,
        name,
        grades,
      };
      moved.push({ from, to, renamed: name !== from.name });
    }
    const created: Group[] = ([0, 1] as const)
      .filter((g) => taught.has(g))
      .map((g) => {
        const name = NEW_GROUP_NAMES[g];
        return {
          id: newId(school.id, name),
          schoolId: school.id,
          schoolYearId: newYearId,
          name,
          grades: [g],
        };
      });
    return { schoolId: school.id, created, moved, leaving };
  });
  for (const [schoolId, classes] of bySchool) {
    const leaving = classes
      .sort(byGradesThenName)
      .map((group) => ({ group, reason: 'noSchool' as const }));
    result.push({ schoolId, created: [], moved: [], leaving });
  }
  return result;
}
