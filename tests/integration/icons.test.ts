import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_MANIFEST } from '@/app/web-manifest';
import { PNG_ICONS } from '../support/render-icons';

/** A PNG's width and height from its header (IHDR follows the 8-byte signature). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(`public/${file}`);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it.each(PNG_ICONS)('public/$file is a $size px square PNG', ({ file, size }) => {
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  // No SVG icon on the page: the browser would draw it on the first screen's main thread.
  it('the page names PNG icons that exist, at the sizes they say', () => {
    const html = readFileSync('index.html', 'utf8');
    const links = [...html.matchAll(/<link rel="(icon|apple-touch-icon)" href="\/([^"]+)"[^>]*>/g)];
    expect(links.map((m) => m[2])).toEqual(['favicon-32.png', 'apple-touch-icon.png']);
    for (const [tag, , file] of links) {
      const size = /sizes="(\d+)x\d+"/.exec(tag)?.[1];
      const { width } = pngSize(file!);
      if (size) expect(width).toBe(Number(size));
    }
  });

  // Nor in the manifest: the browser fetches one of its icons while the first screen loads.
  it.each(WEB_MANIFEST.icons)(
    'the manifest names $src, a PNG of $sizes',
    ({ src, sizes, type }) => {
      expect(type).toBe('image/png');
      const { width, height } = pngSize(src);
      expect(`${width}x${height}`).toBe(sizes);
    },
  );
});
