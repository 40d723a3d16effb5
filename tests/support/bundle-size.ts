/**
 * The app's initial JavaScript: the entry script of dist/index.html and every module it preloads,
 * measured in gzip bytes (what a teacher's phone downloads before the first screen).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_GZIP_BYTES = 160 * 1024;

/** At most this many times the initial JavaScript of the bare given stack (tests/bench/bare-stack). */
export const INITIAL_JS_BUDGET_VS_BARE_STACK = 1.1;

export interface InitialJs {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
}

function initialJsFiles(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  if (sources.length === 0) throw new Error('no entry script found in dist/index.html');
  return [...new Set(sources)];
}

/** The concatenated source of the initial JavaScript. */
export function readInitialJs(distDir = 'dist'): string {
  return initialJsFiles(distDir)
    .map((file) => readFileSync(join(distDir, file), 'utf8'))
    .join('\n');
}

/** Gzip bytes of each initial JavaScript file and their total. */
export function measureInitialJs(distDir = 'dist'): InitialJs {
  const files = initialJsFiles(distDir).map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
  }));
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
