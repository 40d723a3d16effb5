/**
 * First-run content of a new server database: a demo organization with three schools, classes
 * esiopetus-9 in each (Mäkelä has a combined class 1–2), Jämsä's school year 2026-2027, the
 * built-in themes and task library, and one demo account per role.
 */
import { randomBytes } from 'node:crypto';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';
import type { Grade, Group, Organization, School } from '@/domain/model';
import { GRADES } from '@/domain/model';
import type { Role } from '@/domain/sync/protocol';
import { hashPassword } from './passwords';
import type { SeedRow, SyncStore } from './storage';

export const DEMO_SPACE = jamsa2026.organizationId;

const SCHOOLS = [
  { id: 'school-keskus', key: 'keskus', name: 'Keskuskoulu', combined: false },
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
  const organization: Organization = { id: DEMO_SPACE, name: 'Esimerkkikunta' };
  const rows: SeedRow[] = [
    { entity: 'organization', id: organization.id, data: { ...organization }, schoolId: null },
  ];
  for (const s of SCHOOLS) {
    const school: School = {
      id: s.id as School['id'],
      organizationId: DEMO_SPACE,
      name: s.name,
      grades: GRADES,
    };
    rows.push({ entity: 'school', id: s.id, data: { ...school }, schoolId: s.id });
  }
  rows.push({ entity: 'schoolYear', id: jamsa2026.id, data: { ...jamsa2026 }, schoolId: null });
  for (const s of SCHOOLS) {
    for (const c of classesOf(s.combined)) {
      const group: Group = {
        id: demoGroupId(s.key, c.key) as Group['id'],
        schoolId: s.id as School['id'],
        schoolYearId: jamsa2026.id,
        name: c.name,
        grades: c.grades,
      };
      rows.push({ entity: 'group', id: group.id, data: { ...group }, schoolId: s.id });
    }
  }
  for (const theme of builtInThemes)
    rows.push({ entity: 'theme', id: theme.id, data: { ...theme }, schoolId: null });
  for (const template of builtInTemplates) {
    rows.push({ entity: 'template', id: template.id, data: { ...template }, schoolId: null });
  }
  return rows;
}

export function demoGroupId(schoolKey: string, classKey: string): string {
  return `g-${jamsa2026.startYear}-${schoolKey}-${classKey}`;
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
    schools: ['school-keskus'],
    groups: [demoGroupId('keskus', '3a'), demoGroupId('keskus', '4a')],
  },
  {
    username: 'rehtori',
    displayName: 'Riitta Rehtori',
    role: 'principal',
    schools: ['school-keskus'],
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
  store: SyncStore,
  options: {
    readonly demoPassword: string | null;
    readonly now: number;
    readonly passwordCost?: number;
  },
): Promise<
  readonly { readonly username: string; readonly role: Role; readonly password: string }[] | null
> {
  if (await store.isInitialized()) return null;
  if ((await store.readRow(DEMO_SPACE, 'organization', DEMO_SPACE)) === null) {
    await store.seedRows(DEMO_SPACE, demoPlanRows(), 'system', options.now);
  }
  const signIns: { username: string; role: Role; password: string }[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = options.demoPassword ?? randomBytes(9).toString('base64url');
    const passwordHash = await hashPassword(password, options.passwordCost);
    if ((await store.findAccount(account.username)) === null) {
      await store.createAccount(
        { ...account, organizationId: DEMO_SPACE, passwordHash },
        options.now,
      );
    } else {
      await store.setPasswordHash(account.username, passwordHash);
    }
    signIns.push({ username: account.username, role: account.role, password });
  }
  await store.markInitialized();
  return signIns;
}
