/**
 * The wheel as files: its SVG element serialized (it carries its own colours and fonts as
 * attributes), stripped of what only the screen needs (focus order, roles, the outline of the
 * arc pointed at), and that SVG drawn on a canvas for a PNG.
 */

const SCREEN_ONLY = ['tabindex', 'role', 'aria-label', 'aria-labelledby', 'class', 'data-arc'];

/** The SVG file of the figure `svg`: standalone, with an XML declaration. */
export function svgFileText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('[data-screen-only]').forEach((el) => el.remove());
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of SCREEN_ONLY) el.removeAttribute(name);
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Draws the SVG `text` (`size` units square) on a white canvas `scale` times as large: a PNG. */
export async function svgToPng(text: string, size: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.width = size;
  image.height = size;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The SVG could not be drawn'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size * scale);
  canvas.height = Math.round(size * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}

/** 'vuosikello-2026-2027-3lk': the year and what the wheel is narrowed to, in file-name form. */
export function wheelFileName(startYear: number, what: readonly string[]): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return ['vuosikello', `${startYear}-${startYear + 1}`, ...what.map(slug)]
    .filter((s) => s !== '')
    .join('-');
}
