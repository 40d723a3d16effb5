import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from '@/domain/sync/row-schemas';
import { buildSampleOrganization } from '@/domain/library/sample';
import {
  DEMO_ACCOUNTS,
  DEMO_SCHOOL,
  DEMO_SPACE,
  demoPlanRows,
  seedDemoIfNew,
} from '@/server/demo-seed';
import { verifyPassword } from '@/server/passwords';
import { startTestServer } from './harness';

describe('the demo organization', () => {
  it('consists of rows that the sync schemas accept (so clients can push them back)', () => {
    const problems = demoPlanRows().flatMap((row) => {
      const parsed = ROW_SCHEMAS[row.entity].safeParse(row.data);
      return parsed.success
        ? []
        : [
            `${row.entity} ${String(row.data['id'])}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
          ];
    });
    expect(problems).toEqual([]);
  });

  it('is the built-in sample grown to three schools with classes esiopetus-9 each', () => {
    const rows = demoPlanRows();
    expect(rows.filter((r) => r.entity === 'school').map((r) => r.data['name'])).toEqual([
      'Esimerkkikoulu',
      'Järvenrannan koulu',
      'Mäkelän koulu',
    ]);
    for (const school of [DEMO_SCHOOL, 'school-jarvenranta', 'school-makela']) {
      const grades = rows
        .filter((r) => r.entity === 'group' && r.data['schoolId'] === school)
        .filter((r) => r.data['schoolYearId'] === 'sy-2026')
        .flatMap((r) => r.data['grades'] as number[])
        .sort((a, b) => a - b);
      expect(grades).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
    expect(rows.filter((r) => r.entity === 'schoolYear').map((r) => r.data['id'])).toEqual([
      'sy-2025',
      'sy-2026',
    ]);
    // Every row of the local sample is on the server as it is, so local-mode data carries over.
    const sample = buildSampleOrganization();
    const byKey = new Map(rows.map((r) => [`${r.entity}:${String(r.data['id'])}`, r.data]));
    const sampleRows: [string, object][] = [
      ['organization', sample.organization],
      ...sample.schools.map((r): [string, object] => ['school', r]),
      ...sample.schoolYears.map((r): [string, object] => ['schoolYear', r]),
      ...sample.groups.map((r): [string, object] => ['group', r]),
      ...sample.themes.map((r): [string, object] => ['theme', r]),
      ...sample.templates.map((r): [string, object] => ['template', r]),
    ];
    for (const [entity, row] of sampleRows) {
      expect(byKey.get(`${entity}:${(row as { id: string }).id}`)).toEqual(row);
    }
  });

  it('gives the demo teacher two classes of the sample school', () => {
    const teacher = DEMO_ACCOUNTS.find((a) => a.role === 'teacher')!;
    const groups = demoPlanRows().filter(
      (r) => r.entity === 'group' && teacher.groups.includes(String(r.data['id'])),
    );
    expect(groups.map((g) => [g.data['name'], g.data['schoolId']])).toEqual([
      ['3A', DEMO_SCHOOL],
      ['4A', DEMO_SCHOOL],
    ]);
    expect(teacher.schools).toEqual([DEMO_SCHOOL]);
  });

  it('is written once, each row at its own seq, with an account per role', async () => {
    const t = await startTestServer({ seed: false });
    const store = t.store;
    const stores = { sync: t.store, accounts: t.accounts };
    try {
      const signIns = await seedDemoIfNew(stores, {
        demoPassword: 'demo-password',
        now: 0,
        passwordCost: 4,
      });
      expect(signIns?.map((s) => [s.username, s.role])).toEqual([
        ['opettaja', 'teacher'],
        ['rehtori', 'principal'],
        ['koordinaattori', 'coordinator'],
        ['admin', 'admin'],
      ]);
      expect((await store.status(DEMO_SPACE)).headSeq).toBe(demoPlanRows().length);
      const teacher = await t.accounts.findAccount('opettaja');
      expect(teacher?.groups.length).toBeGreaterThan(0);
      expect(await verifyPassword('demo-password', teacher!.passwordHash)).toBe(true);
      expect(
        await seedDemoIfNew(stores, { demoPassword: null, now: 0, passwordCost: 4 }),
      ).toBeNull();
      expect((await store.status(DEMO_SPACE)).headSeq).toBe(demoPlanRows().length);
      expect(await store.organizations()).toEqual([DEMO_SPACE]);
    } finally {
      await t.close();
    }
  });
});
