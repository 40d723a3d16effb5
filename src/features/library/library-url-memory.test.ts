// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module as a page (re)load evaluates it. */
const load = async () => {
  vi.resetModules();
  return import('./library-url');
};

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('the library list as last shown', () => {
  it("is where a task's Back goes, also after a reload of the task's page", async () => {
    const first = await load();
    expect(first.libraryHref()).toBe('/library');
    first.rememberLibrarySearch('q=kysely&grade=8');
    expect(first.libraryHref('saved=t-1')).toBe('/library?q=kysely&grade=8&saved=t-1');
    const reloaded = await load();
    expect(reloaded.libraryHref()).toBe('/library?q=kysely&grade=8');
  });

  it('is kept in the page where the tab refuses storage', async () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const page = await load();
    page.rememberLibrarySearch('theme=theme-health');
    expect(page.libraryHref()).toBe('/library?theme=theme-health');
  });
});
