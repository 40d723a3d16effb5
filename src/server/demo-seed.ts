/**
 * First-run content of a new server database: the app's built-in sample organization (its school
 * with classes esiopetus-9 and the combined 5–6, Jämsä's school years, the built-in themes and
 * task library), grown by two more schools with classes esiopetus-9 in the current school year
 * (Mäkelä has a combined class 1–2), and one demo account per role. Because the server holds the
 * sample's own rows, a browser used in local mode keeps its ticks when it connects: its teacher's
 * classes are sample classes.
 */
import { randomBytes } from 'node:crypto';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { buildSampleOrganization } from '@/domain/library/sample';
import type { Grade, Group, School } from '@/domain/model';
import { GRADES } from '@/domain/model';
import type { Role } from '@/domain/sync/protocol';
import { hashPassword } from './passwords';
import type { SeedRow, Stores } from './storage';

const SAMPLE = buildSampleOrganization();
export const DEMO_SPACE = SAMPLE.organization.id;
/** The sample's school, where the demo teacher and principal work. */
export const DEMO_SCHOOL = SAMPLE.schools[0]!.id;

const MORE_SCHOOLS = [
  { id: 'school-jarvenranta', key: 'jarvenranta', name: 'Järvenrannan koulu', combined: false },
  { id: 'school-makela', key: 'makela', name: 'Mäkelän koulu', combined: true },
] as const;

interface ClassSpec {
  readonly key: string;
  readonly name: string;
  readonly grades: readonly Grade[];
}

function classesOf(combined: boolean): readonly ClassSpec[] {
  const single = (g: Grade): ClassSpec => ({
    key: g === 0 ? 'eskari' : `${g}a`,
    name: g === 0 ? 'Eskari' : `${g}A`,
    grades: [g],
  });
  if (!combined) return GRADES.map(single);
  // A small village school: grades 1 and 2 taught together (yhdysluokka).
  return [
    single(0),
    { key: '1-2', name: '1–2', grades: [1, 2] },
    ...GRADES.filter((g) => g >= 3).map(single),
  ];
}

/** The demo plan as rows, in the order they get their seqs. */
export function demoPlanRows(): readonly SeedRow[] {
  const rows: SeedRow[] = [{ entity: 'organization', data: { ...SAMPLE.organization } }];
  const schools: School[] = [
    ...SAMPLE.schools,
    ...MORE_SCHOOLS.map((s) => ({
      id: s.id as School['id'],
      organizationId: DEMO_SPACE,
      name: s.name,
      grades: GRADES,
    })),
  ];
  for (const school of schools) {
    rows.push({ entity: 'school', data: { ...school } });
  }
  for (const year of SAMPLE.schoolYears) {
    rows.push({ entity: 'schoolYear', data: { ...year } });
  }
  const groups: Group[] = [...SAMPLE.groups];
  for (const s of MORE_SCHOOLS) {
    for (const c of classesOf(s.combined)) {
      groups.push({
        id: `g-${jamsa2026.startYear}-${s.key}-${c.key}` as Group['id'],
        schoolId: s.id as School['id'],
        schoolYearId: jamsa2026.id,
        name: c.name,
        grades: c.grades,
      });
    }
  }
  for (const group of groups) {
    rows.push({ entity: 'group', data: { ...group } });
  }
  for (const theme of SAMPLE.themes) rows.push({ entity: 'theme', data: { ...theme } });
  for (const template of SAMPLE.templates) rows.push({ entity: 'template', data: { ...template } });
  return rows;
}

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly schools: readonly string[];
  readonly groups: readonly string[];
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'opettaja',
    displayName: 'Olli Opettaja',
    role: 'teacher',
    schools: [DEMO_SCHOOL],
    groups: ['g-2026-3a', 'g-2026-4a'],
  },
  {
    username: 'rehtori',
    displayName: 'Riitta Rehtori',
    role: 'principal',
    schools: [DEMO_SCHOOL],
    groups: [],
  },
  {
    username: 'koordinaattori',
    displayName: 'Kaisa Koordinaattori',
    role: 'coordinator',
    schools: [],
    groups: [],
  },
  { username: 'admin', displayName: 'Ylläpitäjä', role: 'admin', schools: [], groups: [] },
];

/**
 * On a database that has never been set up: writes the demo plan and accounts and returns the
 * sign-ins (password `demoPassword`, or a random one per account). Otherwise does nothing and
 * returns null. Setup is marked done only at the end, so a crash midway is redone at next start.
 */
export async function seedDemoIfNew(
  stores: Stores,
  options: {
    readonly demoPassword: string | null;
    readonly now: number;
    readonly passwordCost?: number;
  },
): Promise<
  readonly { readonly username: string; readonly role: Role; readonly password: string }[] | null
> {
  const { sync, accounts } = stores;
  if (await sync.isInitialized()) return null;
  if ((await sync.readRow(DEMO_SPACE, 'organization', DEMO_SPACE)) === null) {
    await sync.seedRows(DEMO_SPACE, demoPlanRows(), 'system', options.now);
  }
  const signIns: { username: string; role: Role; password: string }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = options.demoPassword ?? randomBytes(9).toString('base64url');
    const passwordHash = await hashPassword(password, options.passwordCost);
    if ((await accounts.findAccount(account.username)) === null) {
      await accounts.createAccount(
        { ...account, organizationId: DEMO_SPACE, passwordHash },
        options.now,
      );
    } else {
      await accounts.setPasswordHash(account.username, passwordHash);
    }
    signIns.push({ username: account.username, role: account.role, password });
  }
  await sync.markInitialized();
  return signIns;
}
