import { describe, expect, it, vi } from 'vitest';
import { activateShell, shellCacheName, shellRules, withoutVary } from './shell-routes';

describe('shellCacheName', () => {
  it.each([
    {
      manifest: [
        { url: 'assets/index-abc.js', revision: null },
        { url: 'index.html', revision: 'r1' },
      ],
      name: 'vuosikello-shell-r1',
    },
    { manifest: ['index.html', { url: 'favicon.svg', revision: 'f' }], name: null },
    { manifest: [{ url: 'index.html', revision: null }], name: null },
    { manifest: [], name: null },
  ])('$name', ({ manifest, name }) => {
    expect(shellCacheName(manifest)).toBe(name);
  });
});

describe('withoutVary', () => {
  it('drops Vary and keeps the status, the other headers and the body', async () => {
    const stored = withoutVary(
      new Response('<!doctype html>', {
        status: 200,
        headers: { Vary: 'Origin', 'Content-Type': 'text/html' },
      }),
    );
    expect(stored.headers.has('Vary')).toBe(false);
    expect(stored.headers.get('Content-Type')).toBe('text/html');
    expect(stored.status).toBe(200);
    expect(await stored.text()).toBe('<!doctype html>');
  });

  it('returns a response without Vary as it is', () => {
    const response = new Response('x');
    expect(withoutVary(response)).toBe(response);
  });
});

describe('shellRules', () => {
  it.each([
    { scope: 'https://vuosikello.example/', path: '/' },
    { scope: 'https://example.fi/vuosikello/', path: '/vuosikello/' },
  ])(
    'the page at $path from its version cache, the built files from the precache',
    ({ scope, path }) => {
      expect(shellRules(scope, 'vuosikello-shell-r1')).toEqual([
        {
          condition: { requestMode: 'navigate', urlPattern: { pathname: path } },
          source: { cacheName: 'vuosikello-shell-r1' },
        },
        { condition: { urlPattern: { pathname: `${path}assets/*` } }, source: 'cache' },
      ]);
    },
  );
});

describe('activateShell', () => {
  const names = [
    'workbox-precache-v2-https://vuosikello.example/',
    'vuosikello-shell-r0',
    'vuosikello-shell-r1',
    'vuosikello-shell-r2',
  ];

  /** Runs activateShell over caches held in memory: what it put where, and what it deleted. */
  async function activate(page: Response | undefined) {
    const put: { cache: string; key: string; body: string; vary: string | null }[] = [];
    const deleted: string[] = [];
    vi.stubGlobal('caches', {
      keys: async () => names,
      delete: async (name: string) => deleted.push(name) > 0,
      open: async (cache: string) => ({
        put: async (key: string, response: Response) => {
          put.push({ cache, key, body: await response.text(), vary: response.headers.get('Vary') });
        },
      }),
    });
    try {
      await activateShell(
        [{ url: 'index.html', revision: 'r1' }],
        'https://vuosikello.example/',
        page,
      );
    } finally {
      vi.unstubAllGlobals();
    }
    return { put, deleted: deleted.sort() };
  }

  it("copies this version's page to its shell, without Vary, and lets the other shells go", async () => {
    const page = new Response('<!doctype html>', { headers: { Vary: 'Origin' } });
    expect(await activate(page)).toEqual({
      put: [
        {
          cache: 'vuosikello-shell-r1',
          key: 'https://vuosikello.example/',
          body: '<!doctype html>',
          vary: null,
        },
      ],
      deleted: ['vuosikello-shell-r0', 'vuosikello-shell-r2'],
    });
  });

  it.each([
    ['no page precached', undefined],
    ['a failed page', new Response('gone', { status: 404 })],
  ])('copies nothing with %s', async (_name, page) => {
    expect((await activate(page)).put).toEqual([]);
  });
});
