import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness';

let t: TestServer;
let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'vuosikello-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Vuosikello</title>');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dist, 'manifest.webmanifest'), '{}');
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

  it('refuses writes to static paths', async () => {
    expect((await fetch(`${t.url}/index.html`, { method: 'POST' })).status).toBe(405);
  });
});
