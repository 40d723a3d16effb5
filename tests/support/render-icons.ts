/**
 * `npm run icons`: renders public/favicon.svg in Chromium as the PNG icons the page and the
 * manifest name (public/*.png). Run it again after changing the SVG.
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../browser/support/chromium';

/** Each PNG icon's file (in public/) and its size in pixels, square. */
export const PNG_ICONS = [
  { file: 'favicon-32.png', size: 32 },
  { file: 'apple-touch-icon.png', size: 180 },
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
] as const;

async function render(): Promise<void> {
  const svg = await readFile('public/favicon.svg', 'utf8');
  const browser = await launchChromium();
  try {
    for (const { file, size } of PNG_ICONS) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<body style="margin:0">${sized}</body>`);
      await page.screenshot({ path: `public/${file}`, omitBackground: true });
      await page.close();
      console.log(`wrote public/${file}`);
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('render-icons.ts')) await render();
