// @vitest-environment jsdom
/**
 * The header's language choice is stored on the device at once: a page opened before the
 * language's strings have loaded (or when they do not load) still opens in the chosen language.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppHeader } from '@/app/app-header';
import type { VuosikelloDb } from '@/db/database';
import { getMeta } from '@/db/meta';
import type { LocalDate } from '@/domain/local-date';
import * as i18n from '@/i18n/i18n';
import { renderAppAt, seededDb, watchOptionChoices } from './render-app';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const DAY = '2026-11-10' as LocalDate;

/** Settings under the header, which follows the browser's address (outside the view's router). */
const renderWithHeader = (db: VuosikelloDb) =>
  renderAppAt(db, DAY, '/settings', (ui) => (
    <>
      <AppHeader />
      {ui}
    </>
  ));

describe('the language choice', () => {
  it('is stored while the language’s strings are still loading', async () => {
    const db = await seededDb();
    await renderWithHeader(db);
    // The strings never arrive (a slow or broken network).
    const loading = vi.spyOn(i18n, 'changeLanguage').mockReturnValue(new Promise(() => {}));
    await userEvent.setup().selectOptions(screen.getByLabelText('Kieli'), 'sv');
    expect(loading).toHaveBeenCalledWith('sv');
    await vi.waitFor(async () => expect(await getMeta(db, 'language')).toBe('sv'));
  });

  it('is not set again when the user moves to another view', async () => {
    const db = await seededDb();
    await renderWithHeader(db);
    const language = screen.getByLabelText('Kieli');
    const choices = watchOptionChoices();
    try {
      const month = screen.getByRole('link', { name: 'Tämä kuukausi' });
      await userEvent.setup().click(month);
      await vi.waitFor(() => expect(month.getAttribute('aria-current')).toBe('page'));
      expect(choices.selects.filter((select) => select === language)).toEqual([]);
    } finally {
      choices.stop();
    }
  });
});
