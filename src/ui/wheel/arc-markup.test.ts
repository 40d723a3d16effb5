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
    ],
    texts: { monthNames: months, monthShortNames: months, offDayName: () => '', yearLabel: 'y' },
  });
}

describe('arcsMarkup', () => {
  it('escapes every text from the data', () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
    const looks = new Map([
      ['a', { color: '#1d6a96', name: 'A & <b> "quoted"' }],
      ['b', { color: '#2e7d32', name: 'B' }],
    ]);
    const markup = arcsMarkup(layout(), looks, 'w1', true);
    expect(markup).toContain('aria-label="A &amp; &lt;b&gt; &quot;quoted&quot;"');
    expect(markup).toContain('>A &amp; &lt;b&gt;</textPath>');
    expect(markup).not.toContain('<b>');
  });

  it('makes the arcs buttons on screen and tooltips on paper, marks with glyphs', () => {
    const looks = new Map([
      ['a', { color: '#1d6a96', name: 'Task A' }],
      ['b', { color: '#2e7d32', name: 'Task B' }],
    ]);
    const screen = arcsMarkup(layout(), looks, 'w1', true);
    expect(screen.match(/role="button"/g)).toHaveLength(2);
    expect(screen).toContain('data-arc="0"');
    expect(screen).toContain('>✓</text>');
    const paper = arcsMarkup(layout(), looks, 'w1', false);
    expect(paper).not.toContain('role=');
    expect(paper).toContain('<title>Task A</title>');
  });
});
