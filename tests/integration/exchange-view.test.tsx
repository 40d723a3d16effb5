// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { openVuosikelloDb } from '@/db/open-database';
import { templateId } from '@/domain/ids';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const DAY = '2026-11-10' as LocalDate;

function fixtureFile(name: string, type = 'text/csv') {
  const bytes = readFileSync(resolve('tests/fixtures/exchange', name));
  return new File([bytes], name, { type });
}

// Imports of a hundred rows through fake-indexeddb take seconds on a busy machine.
describe('import and export view', { timeout: 20_000 }, () => {
  it('refuses a broken file with every problem by row and column, and changes nothing', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/exchange');
    await screen.findByRole('heading', { level: 1, name: 'Tuonti ja vienti' });
    const templatesBefore = await db.templates.count();
    await user.upload(
      screen.getByLabelText('Tuotava tiedosto (CSV tai JSON)'),
      fixtureFile('library-broken.csv'),
    );
    const title = await screen.findByRole('heading', {
      name: 'Tiedostoa ei tuotu: siinä on 11 virhettä',
    });
    // The heading renders before the effect that focuses it runs.
    await waitFor(() => expect(document.activeElement).toBe(title));
    const table = screen.getByRole('table', { name: 'Virheet riveittäin ja sarakkeittain' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['3', 'id', 'Tunnisteessa saa olla vain kirjaimia a–z, numeroita sekä merkit - _ .'],
      ['3', 'title_fi', 'Pakollinen tieto puuttuu.'],
      ['3', 'theme', 'Teemaa ei löydy: käytä teeman tunnistetta tai nimeä.'],
      ['3', 'grades', 'Luokka-asteet ovat 0–9 (0 tai esi = esiopetus), kukin kerran.'],
      ['3', 'timing', 'Ajoitusta ei voi lukea (esim. month:10:whole tai isoWeek:38).'],
      ['4', 'id', 'Sama tunniste on tiedostossa jo aiemmin.'],
      ['5', 'scope', 'Laajuus on class, school tai organization.'],
      ['5', 'responsible', 'Tuntematon tai toistuva vastuurooli.'],
      ['5', 'timing', 'Ajoitusta ei voi lukea (esim. month:10:whole tai isoWeek:38).'],
      ['5', 'materials', 'Materiaalilinkki ei kelpaa: ”nimi | https://…”, yksi riville.'],
      ['6', 'timing', 'Pakollinen tieto puuttuu.'],
    ]);
    expect(screen.queryByRole('button', { name: 'Tuo' })).toBeNull();
    expect(await db.templates.count()).toBe(templatesBefore);
    expect(await db.outbox.count()).toBe(0);
  });

  it('previews a good file, and imports it on confirming', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/exchange');
    await user.upload(
      await screen.findByLabelText('Tuotava tiedosto (CSV tai JSON)'),
      fixtureFile('library-libreoffice.csv'),
    );
    await screen.findByRole('heading', { name: 'Esikatselu: mitä tuonti tekee' });
    expect(screen.getByText('3 uutta, 0 muuttuu, 0 ennallaan.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Uudet ja muuttuvat rivit' });
    expect(within(table).getByText('Ystävänpäivän kaveritaitotuokio')).toBeTruthy();
    expect(await db.templates.get(templateId('tpl-ystavanpaiva'))).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Tuo' }));
    await screen.findByRole('heading', { name: 'Tuotu: 3 uutta, 0 muutettua.' }, { timeout: 5000 });
    expect(await db.templates.get(templateId('tpl-ystavanpaiva'))).toMatchObject({
      title: { fi: 'Ystävänpäivän kaveritaitotuokio' },
    });
    expect(await db.outbox.count()).toBe(3);
  });

  it("sets up a new municipality's schools, classes and school year from the plan file", async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/exchange');
    await user.upload(
      await screen.findByLabelText('Tuotava tiedosto (CSV tai JSON)'),
      fixtureFile('plan-new-municipality.csv'),
    );
    expect(
      await screen.findByText('Tiedosto plan-new-municipality.csv: Lukuvuoden suunnitelma (CSV)'),
    ).toBeTruthy();
    // The sample already has sy-2026: the file's calendar for it differs.
    expect(screen.getByText('19 uutta, 1 muuttuu, 0 ennallaan.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Uudet ja muuttuvat rivit' });
    expect(within(table).getByText('Esi–2, Saaren kyläkoulu')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tuo' }));
    await screen.findByRole(
      'heading',
      { name: 'Tuotu: 19 uutta, 1 muutettua.' },
      { timeout: 5000 },
    );
    expect(await db.schools.count()).toBe(4);
  });

  it('a new municipality starts from the built-in library: previewed, then imported', async () => {
    const db = openVuosikelloDb(`exchange-empty-${Math.random()}`);
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/exchange');
    const all = builtInThemes.length + builtInTemplates.length;
    await user.click(
      await screen.findByRole('button', { name: 'Tuo sovelluksen oma tehtäväkirjasto' }),
    );
    await screen.findByText('Sovelluksen oma tehtäväkirjasto ja teemat');
    expect(screen.getByText(`${all} uutta, 0 muuttuu, 0 ennallaan.`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tuo' }));
    await screen.findByRole(
      'heading',
      { name: `Tuotu: ${all} uutta, 0 muutettua.` },
      { timeout: 10_000 },
    );
    expect(await db.templates.count()).toBe(builtInTemplates.length);
    expect(await db.outbox.count()).toBe(all);
  });

  it('with the built-in library already there, there is nothing to import', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/exchange');
    await user.click(
      await screen.findByRole('button', { name: 'Tuo sovelluksen oma tehtäväkirjasto' }),
    );
    await screen.findByText('Tiedostossa ei ole mitään uutta: kaikki on jo ennallaan.');
    expect(screen.queryByRole('button', { name: 'Tuo' })).toBeNull();
  });
});
