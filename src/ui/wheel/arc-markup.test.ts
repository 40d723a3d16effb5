import { describe, expect, it } from 'vitest';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { mustParseLocalDate as d } from '@/domain/local-date';
import { layoutWheel } from '@/domain/wheel/layout-wheel';
import { arcsMarkup, escapeXml } from './arc-markup';

const months = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);

function layout() {
  return layoutWheel({
    schoolYear: jamsa2026,
    today: d('2026-11-10'),
    size: 800,
    rings: [{ key: 'r', shortLabel: 'r' }],
    items: [
      { key: 'a', ring: 'r', start: d('2026-09-01'), end: d('2026-09-30'), label: 'A & <b>' },
      {
        key: 'b',
        ring: 'r',
        start: d('2026-11-02'),
        end: d('2026-11-06'),
        label: 'B',
        mark: 'done',
      },
      { key: 'c', ring: 'r', start: d('2026-12-01'), end: d('2026-12-11'), label: 'C' },
    ],
    texts: { monthNames: months, monthShortNames: months, offDayName: () => '', yearLabel: 'y' },
  });
}

/** Looks from a table of colour and name by key. */
const looksOf = (table: Record<string, { color: string; name: string }>) => ({
  color: (key: string) => table[key]?.color ?? '#000000',
  name: (key: string) => table[key]?.name ?? '',
});

describe('arcsMarkup', () => {
  it('escapes every text from the data', () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
    const looks = looksOf({
      a: { color: '#1d6a96', name: 'A & <b> "quoted"' },
      b: { color: '#2e7d32', name: 'B' },
    });
    const paper = arcsMarkup(layout(), looks, 'w1', false);
    expect(paper).toContain('<title>A &amp; &lt;b&gt; &quot;quoted&quot;</title>');
    expect(paper).toContain('>A &amp; &lt;b&gt;</textPath>');
    expect(paper).not.toContain('<b>');
    expect(arcsMarkup(layout(), looks, 'w1', true)).not.toContain('<b>');
  });

  it('draws the arcs of a colour as one path on screen, each arc with its name on paper, marks with glyphs', () => {
    const { arcs } = layout();
    const looks = looksOf({
      a: { color: '#1d6a96', name: 'Task A' },
      b: { color: '#1d6a96', name: 'Task B' },
      c: { color: '#2e7d32', name: 'Task C' },
    });
    const screen = arcsMarkup(layout(), looks, 'w1', true);
    // a and b share a colour: one path holds both outlines, in reading order; c has its own.
    expect(screen).toContain(`<path d="${arcs[0]!.path}${arcs[1]!.path}" fill="#1d6a96"/>`);
    expect(screen).toContain(`<path d="${arcs[2]!.path}" fill="#2e7d32"/>`);
    expect(screen).not.toContain('role=');
    expect(screen).not.toContain('Task');
    expect(screen).toContain('>✓</text>');
    const paper = arcsMarkup(layout(), looks, 'w1', false);
    expect(paper).not.toContain('role=');
    expect(paper.match(/<title>/g)).toHaveLength(3);
    expect(paper).toContain(
      `<path d="${arcs[1]!.path}" fill="#1d6a96" data-arc="1"><title>Task B</title></path>`,
    );
    expect(paper).toContain('>✓</text>');
  });
});
