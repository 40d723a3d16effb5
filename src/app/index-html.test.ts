import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { inlineScripts } from '../../tests/support/bundle-size';

/** The page's source (the build puts the built entry in place of the source one). */
const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const written = inlineScripts(fileURLToPath(new URL('../../', import.meta.url)));

describe("index.html's first call to IndexedDB", () => {
  it('is the one script written into the page, before the app’s code', () => {
    expect(written).toHaveLength(1);
    expect(html.indexOf('indexedDB.databases()')).toBeLessThan(
      html.indexOf('<script type="module"'),
    );
  });

  const touch = written[0] ?? '';

  it.each([
    ['a context without IndexedDB', {}],
    ['IndexedDB without its list of databases', { indexedDB: {} }],
    [
      'IndexedDB that refuses the page',
      {
        get indexedDB(): never {
          throw new Error('denied');
        },
      },
    ],
  ])('throws nothing in %s', (_, globals) => {
    expect(() => runInNewContext(touch, globals)).not.toThrow();
  });

  it('asks for the list of databases only, and handles a refused list', () => {
    const refused = Promise.reject(new Error('no list in this context'));
    const handle = vi.spyOn(refused, 'catch');
    const databases = vi.fn(() => refused);
    const open = vi.fn();
    runInNewContext(touch, { indexedDB: { databases, open, deleteDatabase: open } });
    expect(databases).toHaveBeenCalledTimes(1);
    expect(handle).toHaveBeenCalledWith(expect.any(Function));
    expect(open).not.toHaveBeenCalled();
  });
});
