import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { Theme } from '@/domain/model';
import type { WheelFilter } from '@/domain/wheel/wheel-entries';
import { formatDay } from '@/i18n/format';
import { downloadBlob } from '@/ui/download-file';
import { mayMarkFor } from '@/ui/may-mark';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { WheelFigure, type WheelInteraction } from '@/ui/wheel/wheel-figure';
import { wheelLayoutOf, wheelRows } from '@/ui/wheel/wheel-model';
import { useElementWidth } from './use-element-width';
import { useWheelData, type WheelData } from './use-wheel-data';
import { WheelDetail } from './wheel-detail';
import { FILE_KEY_WIDTH, svgFileText, svgToPng, wheelFileName } from './wheel-download';
import { WheelFilters } from './wheel-filters';
import { WheelLegend } from './wheel-legend';
import { WheelTable } from './wheel-table';
import { parseWheelSearch, wheelHref, type WheelParams } from './wheel-url';
import './wheel.css';

/** The size of a downloaded wheel (the PNG is drawn twice as large). */
const EXPORT_SIZE = 900;

/** The choices of the address that name nothing in `data` count as not made. */
function validFilter(filter: WheelFilter, data: WheelData): WheelFilter {
  const group = data.groups.find((g) => g.id === filter.groupId);
  return {
    ...filter,
    groupId: group ? group.id : null,
    schoolId:
      group?.schoolId ??
      (data.schools.some((s) => s.id === filter.schoolId) ? filter.schoolId : null),
    themeId: data.themes.some((th) => th.id === filter.themeId) ? filter.themeId : null,
  };
}

/**
 * The annual wheel (vuosikello): the school year as a circle with the tasks as arcs in rings, the
 * choices in the address, details of a task on hover, focus and tap (ticking it on a class's
 * wheel), a key, the same tasks as a table, and the picture as SVG and PNG files.
 */
export default function WheelPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const search = useSearch();
  const [, navigate] = useLocation();
  const asked = useMemo(() => parseWheelSearch(search), [search]);
  const data = useWheelData(asked.year, asked.filter.groupId, today, language);
  const [width, box] = useElementWidth(640);
  const size = Math.max(280, Math.min(width, 820));
  const [active, setActive] = useState<string | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [exporting, setExporting] = useState<'svg' | 'png' | null>(null);
  const [exportError, setExportError] = useState(false);
  const exportSvg = useRef<SVGSVGElement>(null);

  const filter = data ? validFilter(asked.filter, data) : asked.filter;
  const choice = useMemo(
    () => ({ filter, mode: asked.mode, today }),
    // The filter's fields, not the object rebuilt on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [filter.schoolId, filter.groupId, filter.grade, filter.themeId, filter.role, asked.mode, today],
  );
  const group = data?.groups.find((g) => g.id === filter.groupId);
  const school = data?.schools.find((s) => s.id === (group?.schoolId ?? filter.schoolId));
  const wheel = useMemo(() => {
    if (!data) return null;
    const source = { ...data, trackingFrom: school?.trackingFrom ?? null };
    return wheelRows(source, choice, t, language);
  }, [data, school, choice, t, language]);
  const drawn = useMemo(
    () => (wheel && data ? wheelLayoutOf(wheel, data.schoolYear, today, size, t, language) : null),
    [wheel, data, today, size, t, language],
  );
  const exported = useMemo(
    () =>
      exporting && wheel && data
        ? wheelLayoutOf(wheel, data.schoolYear, today, EXPORT_SIZE, t, language)
        : null,
    [exporting, wheel, data, today, t, language],
  );

  const change = useCallback(
    (params: WheelParams) => navigate(wheelHref(params), { replace: true }),
    [navigate],
  );
  // The address keeps only what names something: a school, theme, grade or year that does not
  // is dropped from it (a class not in the year stays: the view says so).
  const canonical = data
    ? wheelHref({
        year: asked.year === data.schoolYear.id ? asked.year : null,
        filter: { ...filter, groupId: asked.filter.groupId },
        mode: asked.mode,
      })
    : null;
  const here = search ? `/wheel?${search}` : '/wheel';
  useEffect(() => {
    if (canonical !== null && canonical !== here) navigate(canonical, { replace: true });
  }, [canonical, here, navigate]);
  const close = useCallback(() => {
    const key = open;
    setOpen(null);
    // Back to the arc the details were opened from: the wheel's button is that arc (it is active).
    if (key !== null) {
      requestAnimationFrame(() =>
        document.querySelector<SVGElement>('.wheel-figure [data-arc]')?.focus(),
      );
    }
  }, [open]);
  const interaction = useMemo<WheelInteraction>(
    () => ({
      active,
      highlighted: open ?? pointed,
      onActivate: (key) => {
        setActive(key);
        setPointed(key);
      },
      onHover: setPointed,
      onOpen: (key) => {
        setActive(key);
        setOpen(key);
      },
    }),
    [active, open, pointed],
  );

  const yearLabel = data
    ? t('wheel.yearOption', {
        start: data.schoolYear.startYear,
        end: data.schoolYear.startYear + 1,
      })
    : '';
  const what = [
    group?.name ?? school?.name,
    filter.grade === null
      ? undefined
      : filter.grade === 0
        ? t('wheel.ringPreschool')
        : t('wheel.ringGrade', { grade: filter.grade }),
    data?.themes.find((th) => th.id === filter.themeId)?.name[language],
    filter.role ? t(`role.${filter.role}`) : undefined,
  ].filter((s): s is string => s !== undefined);
  const title = what.length
    ? t('wheel.figureTitleOf', { year: yearLabel, what: what.join(', ') })
    : t('wheel.figureTitle', { year: yearLabel });
  const fileName = data
    ? wheelFileName(data.schoolYear.startYear, [
        group?.name ?? (filter.schoolId ? (school?.name ?? '') : ''),
        filter.grade === null ? '' : filter.grade === 0 ? 'eo' : `${filter.grade}lk`,
        // The rings by theme are another picture of the same wheel: another file.
        asked.mode === 'theme' ? 'teemat' : '',
      ])
    : 'vuosikello';

  // A file's key: the rings, inside out, by the marks drawn on them.
  const fileKey = useMemo(
    () => ({
      heading: t('wheel.legendRings'),
      rows: (wheel?.rings ?? []).map((ring) => [ring.short, ring.name] as const),
    }),
    [wheel, t],
  );

  // The hidden export-size figure has rendered: hand it over as a file.
  useEffect(() => {
    const svg = exportSvg.current;
    if (!exporting || !svg) return;
    const text = svgFileText(svg, EXPORT_SIZE, fileKey);
    setExporting(null);
    if (exporting === 'svg') {
      downloadBlob(`${fileName}.svg`, new Blob([text], { type: 'image/svg+xml' }));
      return;
    }
    svgToPng(text, EXPORT_SIZE + FILE_KEY_WIDTH, EXPORT_SIZE).then(
      (png) => {
        setExportError(false);
        downloadBlob(`${fileName}.png`, png);
      },
      () => setExportError(true),
    );
  }, [exporting, exported, fileName, fileKey]);

  if (data === undefined) return <p role="status">{t('wheel.loading')}</p>;
  if (data === null || !wheel || !drawn) {
    return (
      <div className="wheel-view">
        <h1>{t('wheel.title')}</h1>
        <p>{t('wheel.noYears')}</p>
      </div>
    );
  }

  const classWheel = group !== undefined;
  const openRow = open === null ? undefined : wheel.rowByKey.get(open);
  const peek = pointed === null ? undefined : wheel.rowByKey.get(pointed);
  const mayMark = mayMarkFor(data.user, data.groups);
  const themesShown: Theme[] = data.themes.filter((th) =>
    wheel.rows.some((r) => r.theme?.id === th.id),
  );

  return (
    <div className="wheel-view">
      <h1>{t('wheel.title')}</h1>
      <p className="hint">{t('wheel.intro')}</p>
      <WheelFilters
        params={{ ...asked, filter }}
        schoolYear={data.schoolYear}
        schoolYears={data.schoolYears}
        schools={data.schools}
        groups={data.groups}
        themes={data.themes}
        onChange={change}
      />
      {asked.filter.groupId !== null && !group && (
        <p className="notice" role="status">
          {data.classElsewhere
            ? t('wheel.classNotInYear', { name: data.classElsewhere.name, year: yearLabel })
            : t('wheel.unknownClassNotInYear', { year: yearLabel })}
        </p>
      )}
      <p role="status" className="wheel-count">
        {wheel.rows.length === 0
          ? t('wheel.empty')
          : t('wheel.count', { count: wheel.rows.length })}
      </p>
      <div className="wheel-main">
        <div className="wheel-figure-box" ref={box}>
          <p className="hint wheel-keys">{t('wheel.keyboardHint')}</p>
          <WheelFigure
            layout={drawn.layout}
            looks={drawn.looks}
            title={title}
            todayLabel={t('wheel.today', { day: formatDay(today, language, 'date') })}
            interaction={interaction}
            className="wheel-figure"
          />
          <p className={peek ? 'wheel-peek pointing' : 'wheel-peek'} aria-hidden="true">
            {peek ? (
              <>
                <strong>{peek.title}</strong> · {peek.window} · {peek.weeks} · {peek.ring.name}
                {peek.mark ? ` · ${t(`wheel.progress.${peek.mark}`)}` : ''}
              </>
            ) : (
              '\u00a0'
            )}
          </p>
        </div>
        <div className="wheel-side">
          {openRow && (
            <WheelDetail
              row={openRow}
              language={language}
              today={today}
              classWheel={classWheel}
              mayMark={openRow.entry.actions[0] ? mayMark(openRow.entry.actions[0].id) : false}
              tickName={data.tickName}
              onClose={close}
            />
          )}
          <WheelLegend
            layout={drawn.layout}
            rings={wheel.rings}
            themes={themesShown}
            withNoTheme={wheel.rows.some((r) => !r.theme)}
            classWheel={classWheel}
            today={today}
            language={language}
          />
          <div className="wheel-downloads" role="group" aria-label={t('wheel.download')}>
            <button type="button" onClick={() => setExporting('svg')}>
              {t('wheel.downloadSvg')}
            </button>
            <button type="button" onClick={() => setExporting('png')}>
              {t('wheel.downloadPng')}
            </button>
            {exportError && (
              <p role="alert" className="error">
                {t('wheel.downloadFailed')}
              </p>
            )}
          </div>
        </div>
      </div>
      <section className="wheel-table-section" aria-labelledby="wheel-table-heading">
        <h2 id="wheel-table-heading">{t('wheel.table')}</h2>
        <WheelTable
          rows={wheel.rows}
          yearLabel={yearLabel}
          classWheel={classWheel}
          language={language}
        />
      </section>
      {exported && (
        <div className="wheel-export" hidden>
          <WheelFigure
            layout={exported.layout}
            looks={exported.looks}
            title={title}
            svgRef={exportSvg}
          />
        </div>
      )}
    </div>
  );
}
