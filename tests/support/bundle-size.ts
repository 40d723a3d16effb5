/**
 * The app's initial JavaScript: the scripts written into dist/index.html, its entry script, every
 * module it preloads, and the code of the first screen's view, which the entry loads at once while
 * the database opens (a lazily loaded chunk, found with its static imports in Vite's build
 * manifest). Measured in gzip bytes: what a teacher's phone downloads before the first screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_VIEW_MODULE } from '../../src/app/first-view';

export const INITIAL_JS_BUDGET_GZIP_BYTES = 160 * 1024;

/** At most this many times the initial JavaScript of the bare given stack (tests/bench/bare-stack). */
export const INITIAL_JS_BUDGET_VS_BARE_STACK = 1.1;

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

export { FIRST_VIEW_MODULE };

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/** The files of `module`'s chunk and of the chunks it imports statically, from the manifest. */
export function chunkClosure(distDir: string, module: string): string[] {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`no build manifest at ${path}`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  if (manifest[module] === undefined) throw new Error(`${module} is not a chunk of the build`);
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return;
    seen.add(key);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  return files;
}

/** The module scripts `distDir`'s index.html loads: its entry scripts and its preloads. */
export function pageModules(distDir = 'dist'): { entries: string[]; preloads: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] as string);
  return {
    entries: files(/<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/g),
    preloads: files(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
  };
}

/**
 * The first screen's JavaScript files: the entry and its preloads, plus `firstView`'s chunk with
 * its static imports when the app loads its first view lazily.
 */
function initialJsFiles(distDir: string, firstView: string | null): string[] {
  const { entries, preloads } = pageModules(distDir);
  if (entries.length === 0) throw new Error('no entry script found in dist/index.html');
  const sources = [...entries, ...preloads];
  if (firstView !== null) sources.push(...chunkClosure(distDir, firstView));
  return [...new Set(sources)];
}

/** The scripts written into `distDir`'s index.html (those without a `src`), each as written. */
export function inlineScripts(distDir = 'dist'): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] as string,
  );
}

/** The concatenated source of the initial JavaScript. */
export function readInitialJs(
  distDir = 'dist',
  firstView: string | null = FIRST_VIEW_MODULE,
): string {
  return [
    ...inlineScripts(distDir),
    ...initialJsFiles(distDir, firstView).map((file) => readFileSync(join(distDir, file), 'utf8')),
  ].join('\n');
}

/** Gzip bytes of each initial JavaScript file and their total. */
export function measureInitialJs(
  distDir = 'dist',
  firstView: string | null = FIRST_VIEW_MODULE,
): InitialJs {
  const written = inlineScripts(distDir).map((code, i) => ({
    file: `index.html (script ${i + 1})`,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  }));
  const files = [
    ...written,
    ...initialJsFiles(distDir, firstView).map((file) => ({
      file,
      gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    })),
  ];
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
