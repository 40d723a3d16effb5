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
  it("lets go of the other versions' shells and keeps this one's and every other cache", async () => {
    const names = [
      'workbox-precache-v2-https://vuosikello.example/',
      'vuosikello-shell-r0',
      'vuosikello-shell-r1',
      'vuosikello-shell-r2',
    ];
    const deleted: string[] = [];
    vi.stubGlobal('caches', {
      keys: async () => names,
      delete: async (name: string) => deleted.push(name) > 0,
    });
    try {
      await activateShell([{ url: 'index.html', revision: 'r1' }]);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(deleted.sort()).toEqual(['vuosikello-shell-r0', 'vuosikello-shell-r2']);
  });
});
