/**
 * The coordinator's plan reaches the classes: two Chromium contexts against the real server (a
 * real SQLite file, a real port). The coordinator adds a task for grade 3 in October in the task
 * library; the grade-3 teacher's October shows it within seconds, without a reload.
 */
import { describe, expect, it } from 'vitest';
import { demoServerEnv } from './support/env';
import { signedIn as signedInTo } from './support/sign-in';
import { followNav } from './support/nav';

const TASK = 'Lokakuun luokkakokous (koordinaattorin lisäämä)';

const demo = demoServerEnv('vuosikello-plan-');
const signedIn = (username: string) => signedInTo(demo, username);

describe('the coordinator’s plan reaches the classes', () => {
  it('a task added for grade 3 in October shows in 3A’s October within seconds', async () => {
    const teacher = await signedIn('opettaja');
    await teacher.page.goto(`${demo.url}/month/g-2026-3a/2026-10`);
    const october = teacher.page.getByRole('region', { name: 'Tehtävät: lokakuu 2026' });
    await october.waitFor();
    expect(await october.getByText(TASK).count()).toBe(0);

    const coordinator = await signedIn('koordinaattori');
    const page = coordinator.page;
    await followNav(page, 'Tehtäväkirjasto');
    await page.getByRole('link', { name: 'Uusi tehtävä' }).click();
    await page.getByLabel('Otsikko suomeksi').fill(TASK);
    await page.getByLabel('3. luokka').check();
    await page.getByLabel('Milloin tehtävä tehdään?').selectOption('month');
    await page.getByLabel('Kuukausi', { exact: true }).selectOption('10');
    await page
      .getByRole('region', { name: 'Esikatselu: lukuvuosi 2026–2027' })
      // The preview names the classes that get it: 3A among them.
      .getByText(/luokk.*: .*3A/)
      .waitFor();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText(`Tallennettu: ${TASK}`).waitFor();

    // The teacher's open October shows it within seconds: pushed, poked and pulled (the teacher's
    // device has only what the server sent it), with no reload.
    await october.getByText(TASK).waitFor({ timeout: 10_000 });

    await Promise.all([teacher.context.close(), coordinator.context.close()]);
  });
});
