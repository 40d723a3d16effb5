import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

let t: TestServer;
let dist: string;
/** A script large enough to be worth compressing. */
const BIG_JS = Array.from(
  { length: 400 },
  (_, i) => `export const task${i} = 'tehtävä ${i}';`,
).join('\n');
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'vuosikello-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Vuosikello</title>');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dist, 'manifest.webmanifest'), '{}');
  await writeFile(join(dist, 'assets', 'big-def456.js'), BIG_JS);
  t = await startTestServer({ distDir: dist });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

describe('static app', () => {
  it('serves hashed assets as immutable and index.html as revalidated', async () => {
    const asset = await fetch(`${t.url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1)');
    const index = await fetch(`${t.url}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>Vuosikello</title>');
    expect((await fetch(`${t.url}/manifest.webmanifest`)).headers.get('content-type')).toBe(
      'application/manifest+json; charset=utf-8',
    );
  });

  it('falls back to index.html for client routes, but not for missing files', async () => {
    const route = await fetch(`${t.url}/plan/templates`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Vuosikello');
    expect((await fetch(`${t.url}/assets/missing.js`)).status).toBe(404);
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await fetch(`${t.url}/assets/index-abc123.js`);
    const again = await fetch(`${t.url}/assets/index-abc123.js`, {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('never leaves the dist folder', async () => {
    for (const path of [
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%5c..%5cpackage.json',
      '/%00',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      const res = await fetch(`${t.url}${path}`);
      const text = await res.text();
      // Either refused, or a client route answered with the app itself.
      if (res.status === 200) expect(text).toContain('<title>Vuosikello</title>');
      else expect([400, 404]).toContain(res.status);
      expect(text).not.toMatch(/root:|"name": "vuosikello"/);
    }
  });

  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['identity', null],
  ])('answers Accept-Encoding %s with %s', async (accept, encoding) => {
    const res = await fetch(`${t.url}/assets/big-def456.js`, {
      headers: { 'Accept-Encoding': accept },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const length = Number(res.headers.get('content-length'));
    if (encoding === null) expect(length).toBe(Buffer.byteLength(BIG_JS));
    else expect(length).toBeLessThan(Buffer.byteLength(BIG_JS) / 4);
    // fetch decodes the body: what the browser runs is the file itself.
    expect(await res.text()).toBe(BIG_JS);
  });

  it('gives each encoding its own ETag, and 304 only for the matching one', async () => {
    const br = await fetch(`${t.url}/assets/big-def456.js`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    const plain = await fetch(`${t.url}/assets/big-def456.js`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(br.headers.get('etag')).not.toBe(plain.headers.get('etag'));
    const again = await fetch(`${t.url}/assets/big-def456.js`, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    const other = await fetch(`${t.url}/assets/big-def456.js`, {
      headers: { 'Accept-Encoding': 'identity', 'If-None-Match': br.headers.get('etag')! },
    });
    expect(other.status).toBe(200);
  });

  it('sends small files as they are', async () => {
    const res = await fetch(`${t.url}/assets/index-abc123.js`, {
      headers: { 'Accept-Encoding': 'br' },
    });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('console.log(1)');
  });

  it('refuses writes to static paths', async () => {
    expect((await fetch(`${t.url}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
