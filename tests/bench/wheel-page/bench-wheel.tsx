/**
 * Runs in Chromium: the annual wheel of 2,000 actions, each its own arc (2,000 tasks of one
 * school year spread over the ten grades and the school, windows of one day to five weeks), laid
 * out and drawn as the /wheel view does it: wheelRows (filter, rings, names, dates), wheelLayoutOf
 * (lanes, paths, labels) and the interactive WheelFigure rendered by React. Timed from the data in
 * hand (the actions, templates and themes in memory) until the SVG is painted: the time of the
 * first animation frame's callback after the commit, then a task queued behind that frame (it runs
 * after the frame has painted).
 */
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { groupId, organizationId, schoolId, templateId, actionId } from '@/domain/ids';
import { builtInThemes } from '@/domain/library/themes';
import { addDays } from '@/domain/local-date';
import type { Action, Grade, Group, School, TaskTemplate } from '@/domain/model';
import { NO_FILTER } from '@/domain/wheel/wheel-entries';
import { initI18n, loadLaterStrings } from '@/i18n/i18n';
import { arcsMarkup } from '@/ui/wheel/arc-markup';
import { WheelFigure } from '@/ui/wheel/wheel-figure';
import { wheelLayoutOf, wheelRows, type WheelSource } from '@/ui/wheel/wheel-model';

const TODAY = '2026-11-10' as const;
const SIZE = 820;

/** 2,000 actions, each a task of its own, in a school year (deterministic: no randomness). */
function source(count: number): WheelSource {
  const school: School = {
    id: schoolId('s-bench'),
    organizationId: organizationId('org-bench'),
    name: 'Benchkoulu',
    grades: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  };
  const groups: Group[] = school.grades.map((grade) => ({
    id: groupId(`g-${grade}`),
    schoolId: school.id,
    schoolYearId: jamsa2026.id,
    name: `${grade}A`,
    grades: [grade],
  }));
  const templates = new Map<TaskTemplate['id'], TaskTemplate>();
  const actions: Action[] = [];
  for (let i = 0; i < count; i++) {
    const grade = (i % 11) as Grade | 10;
    const scope = grade === 10 ? 'school' : 'class';
    const theme = builtInThemes[i % builtInThemes.length]!;
    const id = templateId(`tpl-${i}`);
    const title = `Tehtävä ${i + 1}: ${['vanhempainilta', 'teematunti', 'terveystarkastus', 'poissaolokatsaus'][i % 4]}`;
    templates.set(id, {
      id,
      title: { fi: title, sv: title, en: title },
      description: { fi: '', sv: '', en: '' },
      themeId: theme.id,
      grades: grade === 10 ? school.grades : [grade],
      scope,
      responsible: ['classTeacher'],
      timing: { kind: 'month', month: 9, part: 'whole' },
      materials: [],
    });
    const start = addDays(jamsa2026.firstDay, (i * 37) % 290);
    actions.push({
      id: actionId(`a-${i}`),
      templateId: id,
      schoolYearId: jamsa2026.id,
      scope,
      groupId: grade === 10 ? null : groupId(`g-${grade}`),
      schoolId: school.id,
      occurrence: '',
      start,
      end: addDays(start, (i * 13) % 35),
      themeId: theme.id,
      adjustment: null,
    });
  }
  return {
    schoolYear: jamsa2026,
    actions,
    groups,
    schools: [school],
    templates,
    themes: builtInThemes,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Resolves after the next frame has painted. */
const painted = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

async function run(rounds: number, count = 2000) {
  await initI18n('fi');
  await loadLaterStrings();
  const data = source(count);
  const t = i18next.t;
  const el = document.getElementById('root')!;
  const total: number[] = [];
  // The first round: a wheel opened once, on code the JIT has not seen yet (not counted).
  let first = { total: NaN, layout: NaN, render: NaN };
  const layoutOnly: number[] = [];
  const commit: number[] = [];
  let arcs = 0;
  let labels = 0;
  const noop = () => {};
  for (let round = 0; round < rounds + 2; round++) {
    const root = createRoot(el);
    await painted();
    const t0 = performance.now();
    const rows = wheelRows(
      data,
      { filter: NO_FILTER, mode: 'grade', today: TODAY as never },
      t,
      'fi',
    );
    const { layout, looks } = wheelLayoutOf(rows, data.schoolYear, TODAY as never, SIZE, t, 'fi');
    const t1 = performance.now();
    flushSync(() =>
      root.render(
        <StrictMode>
          <WheelFigure
            layout={layout}
            looks={looks}
            title="Vuosikello 2026–2027"
            className="wheel-figure"
            interaction={{
              active: null,
              highlighted: null,
              onActivate: noop,
              onHover: noop,
              onOpen: noop,
            }}
          />
        </StrictMode>,
      ),
    );
    const committed = performance.now();
    const t2 = await painted();
    if (round === 0) first = { total: t2 - t0, layout: t1 - t0, render: committed - t1 };
    // The first two rounds warm the JIT up.
    if (round >= 2) {
      total.push(t2 - t0);
      layoutOnly.push(t1 - t0);
      commit.push(committed - t1);
    }
    // Drawn: the closed outlines in the figure's arc paths (each arc one; none here spans the year).
    arcs = [...el.querySelectorAll('[data-arcs] > path')].reduce(
      (n, p) => n + (p.getAttribute('d')?.match(/Z/g)?.length ?? 0),
      0,
    );
    labels = layout.arcs.filter((a) => a.label).length;
    root.unmount();
  }
  // The floor, in the same run: the same 2,000 arcs' markup (arcsMarkup: one path per colour, as
  // the figure draws them) set on an empty SVG and painted: no rows, layout, calendar, React or
  // button, what any SVG wheel of these arcs costs here.
  const { layout, looks } = wheelLayoutOf(
    wheelRows(data, { filter: NO_FILTER, mode: 'grade', today: TODAY as never }, t, 'fi'),
    data.schoolYear,
    TODAY as never,
    SIZE,
    t,
    'fi',
  );
  const plain = arcsMarkup(layout, looks, 'floor', true);
  const floor: number[] = [];
  for (let round = 0; round < rounds + 2; round++) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${SIZE} ${SIZE}`);
    svg.setAttribute('width', String(SIZE));
    el.append(svg);
    await painted();
    const t0 = performance.now();
    svg.innerHTML = plain;
    const t1 = await painted();
    if (round >= 2) floor.push(t1 - t0);
    svg.remove();
  }
  return {
    floorMs: median(floor),
    firstMs: first.total,
    firstLayoutMs: first.layout,
    firstRenderMs: first.render,
    arcs,
    labels,
    rounds,
    totalMs: median(total),
    layoutMs: median(layoutOnly),
    renderMs: median(commit),
    all: total,
  };
}

Object.assign(window, { runWheelBench: run });
document.title = 'ready';
