/**
 * The wheel as files: its SVG element serialized (it carries its own colours and fonts as
 * attributes), stripped of what only the screen needs (focus order, roles, the outline of the
 * arc pointed at), with the key of its rings beside it (a file is read without the page's
 * legend: the rings' marks, '3' or a theme's letter, say what they are), and that SVG drawn on a
 * canvas for a PNG.
 */
import { WHEEL_COLORS } from '@/ui/wheel/wheel-colors';

const SCREEN_ONLY = ['tabindex', 'role', 'aria-label', 'aria-labelledby', 'class', 'data-arc'];
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The rings' key written beside the wheel in a file: a heading, then each ring's mark and name. */
export interface FileKey {
  readonly heading: string;
  readonly rows: readonly (readonly [mark: string, name: string])[];
}

/** How much wider than the wheel a file is, for its key. */
export const FILE_KEY_WIDTH = 340;
const KEY_LINE = 20;

/** The SVG file of the figure `svg` (`size` units square) and its `key`: standalone, with an XML declaration. */
export function svgFileText(svg: SVGSVGElement, size: number, key: FileKey): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('[data-screen-only]').forEach((el) => el.remove());
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of SCREEN_ONLY) el.removeAttribute(name);
  }
  const width = size + FILE_KEY_WIDTH;
  copy.setAttribute('viewBox', `0 0 ${width} ${size}`);
  copy.setAttribute('width', String(width));
  const text = (y: number, bold: string, rest: string) => {
    const line = document.createElementNS(SVG_NS, 'text');
    line.setAttribute('x', String(size + 16));
    line.setAttribute('y', String(y));
    const mark = document.createElementNS(SVG_NS, 'tspan');
    mark.setAttribute('font-weight', 'bold');
    mark.textContent = bold;
    line.append(mark, rest);
    return line;
  };
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('font-size', '15');
  group.setAttribute('fill', WHEEL_COLORS.ink);
  group.append(
    text(40, key.heading, ''),
    ...key.rows.map(([mark, name], i) => text(40 + (i + 1.5) * KEY_LINE, mark, `  ${name}`)),
  );
  copy.append(group);
  copy.setAttribute('xmlns', SVG_NS);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Draws the SVG `text` (`width` × `height` units) on a white canvas `scale` times as large: a PNG. */
export async function svgToPng(
  text: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.width = width;
  image.height = height;
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The SVG could not be drawn'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
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
