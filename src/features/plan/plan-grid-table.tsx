import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId, ThemeId } from '@/domain/ids';
import type { Language, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import { monthColumn, SCHOOL_YEAR_MONTHS, type GridRow, type GridTask } from '@/domain/plan-grid';
import type { Month } from '@/domain/timing-rule';
import { monthName as formatMonthName } from '@/ui/month-name';
import { useLanguage } from '@/ui/use-language';
import { MoveTaskForm } from './move-task-form';
import type { TemplatesById } from '@/db/templates-watch';

interface Props {
  readonly schoolYear: SchoolYear;
  readonly rows: readonly GridRow[];
  /** The templates by id (live-templates.ts: an unchanged one stays the same object). */
  readonly templatesById: TemplatesById;
  readonly themes: readonly Theme[];
  /** How many schools have their own change of each task (SchoolAdjustment). */
  readonly adjustedBy: Readonly<Record<TemplateId, number>>;
  /** Whether the user may move tasks (the coordinator, or local mode). */
  readonly editable: boolean;
}

/** Which task's move form is open: in which row and month. */
interface Moving {
  readonly row: string;
  readonly column: number;
  readonly templateId: TemplateId;
}

function rowKey(row: GridRow): string {
  return row.kind === 'grade' ? `g${String(row.grade)}` : row.kind;
}

function moveKey(m: Moving): string {
  return `${m.row}|${m.templateId}|${String(m.column)}`;
}

/** A task's title in `language`, else in Finnish (the source). */
export function titleOf(template: TaskTemplate | undefined, language: Language, untitled: string) {
  return template?.title[language] || template?.title.fi || untitled;
}

/** The tasks of a cell by theme, themes in the order they first appear. */
function byTheme(tasks: readonly GridTask[]): [ThemeId | null, GridTask[]][] {
  const groups = new Map<ThemeId | null, GridTask[]>();
  for (const task of tasks) {
    const list = groups.get(task.themeId);
    if (list) list.push(task);
    else groups.set(task.themeId, [task]);
  }
  return [...groups];
}

/**
 * The grid as a table: a row per grade (and the school's and the municipality's tasks), a column
 * per month from August; in each cell its tasks under their themes (colour and name), an empty
 * month shown as a dash with its meaning for screen readers. A "Move…" button per task opens a
 * month choice in place; after a move the focus follows the task to its new month. A change of
 * the plan renders again only the rows it changed (rows are kept equal by the page, GridRowView
 * is memoized on its row and its tasks' templates).
 */
export function PlanGridTable({
  schoolYear,
  rows,
  templatesById,
  themes,
  adjustedBy,
  editable,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [moving, setMoving] = useState<Moving | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Where the focus goes once the grid shows a move: the task in its new month.
  const pendingFocus = useRef<{ target: Moving; rowsAtSave: readonly GridRow[] } | null>(null);
  const latestRows = useRef(rows);
  const themesById = useMemo(() => new Map(themes.map((th) => [th.id, th])), [themes]);

  const focusMove = useCallback((selector: string) => {
    const button = tableRef.current?.querySelector<HTMLButtonElement>(selector);
    button?.focus();
    return button !== null && button !== undefined;
  }, []);

  useEffect(() => {
    latestRows.current = rows;
    const pending = pendingFocus.current;
    if (pending === null) return;
    const { target } = pending;
    if (focusMove(`[data-move="${moveKey(target)}"]`)) {
      pendingFocus.current = null;
    } else if (rows !== pending.rowsAtSave) {
      // The grid has changed and the task is not in the month chosen (a rule may move it out of
      // a break): the task elsewhere in its row, else the table.
      pendingFocus.current = null;
      if (!focusMove(`[data-move^="${target.row}|${target.templateId}|"]`)) {
        tableRef.current?.parentElement?.focus();
      }
    }
  }, [rows, focusMove]);

  const toggle = useCallback(
    (here: Moving) => setMoving((m) => (m !== null && moveKey(m) === moveKey(here) ? null : here)),
    [],
  );

  const close = useCallback(
    (m: Moving) => {
      setMoving(null);
      // After React has removed the form.
      queueMicrotask(() => focusMove(`[data-move="${moveKey(m)}"]`));
    },
    [focusMove],
  );

  const moved = useCallback(
    (m: Moving, template: TaskTemplate, month: Month) => {
      setMoving(null);
      setAnnouncement(
        t('yearPlan.moved', {
          task: titleOf(template, language, t('yearPlan.untitled')),
          month: formatMonthName(month, language),
        }),
      );
      pendingFocus.current = {
        target: { ...m, column: monthColumn(month) },
        rowsAtSave: latestRows.current,
      };
    },
    [t, language],
  );

  const yearText = t('yearPlan.yearOption', {
    start: schoolYear.startYear,
    end: schoolYear.startYear + 1,
  });

  return (
    <>
      <p role="status" className="year-plan-status">
        {announcement}
      </p>
      <div className="year-plan-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="year-plan-grid" ref={tableRef}>
          <caption id={captionId}>{t('yearPlan.caption', { year: yearText })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('yearPlan.rowHeader')}</th>
              {SCHOOL_YEAR_MONTHS.map((month) => (
                <th scope="col" key={month} className="year-plan-month">
                  {formatMonthName(month, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const key = rowKey(row);
              return (
                <GridRowView
                  key={key}
                  row={row}
                  rowId={key}
                  templatesById={templatesById}
                  themesById={themesById}
                  adjustedBy={adjustedBy}
                  editable={editable}
                  language={language}
                  moving={moving?.row === key ? moving : null}
                  onToggle={toggle}
                  onClose={close}
                  onMoved={moved}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface RowProps {
  readonly row: GridRow;
  readonly rowId: string;
  readonly templatesById: ReadonlyMap<TemplateId, TaskTemplate>;
  readonly themesById: ReadonlyMap<ThemeId, Theme>;
  readonly adjustedBy: Readonly<Record<TemplateId, number>>;
  readonly editable: boolean;
  readonly language: Language;
  /** The open move form, when it is in this row. */
  readonly moving: Moving | null;
  readonly onToggle: (here: Moving) => void;
  readonly onClose: (here: Moving) => void;
  readonly onMoved: (here: Moving, template: TaskTemplate, month: Month) => void;
}

/** Whether a row shows the same: its cells, its tasks' templates, and everything else it reads. */
function sameRow(a: RowProps, b: RowProps): boolean {
  const sameTemplates =
    a.templatesById === b.templatesById ||
    a.row.cells.every((cell) =>
      cell.every(
        (task) => a.templatesById.get(task.templateId) === b.templatesById.get(task.templateId),
      ),
    );
  return (
    a.row === b.row &&
    sameTemplates &&
    a.rowId === b.rowId &&
    a.themesById === b.themesById &&
    a.adjustedBy === b.adjustedBy &&
    a.editable === b.editable &&
    a.language === b.language &&
    (a.moving === b.moving ||
      (a.moving !== null && b.moving !== null && moveKey(a.moving) === moveKey(b.moving))) &&
    a.onToggle === b.onToggle &&
    a.onClose === b.onClose &&
    a.onMoved === b.onMoved
  );
}

const GridRowView = memo(function GridRowView({
  row,
  rowId,
  templatesById,
  themesById,
  adjustedBy,
  editable,
  language,
  moving,
  onToggle,
  onClose,
  onMoved,
}: RowProps) {
  const { t } = useTranslation();
  const label =
    row.kind === 'grade'
      ? row.grade === 0
        ? t('grade.preschool')
        : t('grade.grade', { grade: row.grade })
      : row.kind === 'school'
        ? t('yearPlan.rowSchool')
        : t('yearPlan.rowOrganization');
  return (
    <tr className={row.kind === 'grade' ? undefined : 'year-plan-other'}>
      <th scope="row">{label}</th>
      {row.cells.map((cell, column) => (
        <td key={column}>
          {cell.length === 0 ? (
            <>
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t('yearPlan.empty')}</span>
            </>
          ) : (
            byTheme(cell).map(([themeId, tasks]) => {
              const theme = themeId === null ? undefined : themesById.get(themeId);
              return (
                <div className="year-plan-theme" key={themeId ?? ''}>
                  <span className="theme">
                    {theme && (
                      <span
                        className="swatch"
                        style={{ background: theme.color }}
                        aria-hidden="true"
                      />
                    )}
                    {theme ? theme.name[language] : t('yearPlan.noTheme')}
                  </span>
                  <ul>
                    {tasks.map((task) => {
                      const here: Moving = { row: rowId, column, templateId: task.templateId };
                      return (
                        <GridTaskView
                          key={task.templateId}
                          here={here}
                          template={templatesById.get(task.templateId)}
                          adjusted={adjustedBy[task.templateId]}
                          editable={editable}
                          language={language}
                          open={moving !== null && moveKey(moving) === moveKey(here)}
                          onToggle={onToggle}
                          onClose={onClose}
                          onMoved={onMoved}
                        />
                      );
                    })}
                  </ul>
                </div>
              );
            })
          )}
        </td>
      ))}
    </tr>
  );
}, sameRow);

interface TaskProps {
  readonly here: Moving;
  readonly template: TaskTemplate | undefined;
  /** How many schools changed the task for themselves, when any did. */
  readonly adjusted: number | undefined;
  readonly editable: boolean;
  readonly language: Language;
  /** Whether its move form is open. */
  readonly open: boolean;
  readonly onToggle: RowProps['onToggle'];
  readonly onClose: RowProps['onClose'];
  readonly onMoved: RowProps['onMoved'];
}

/** One task in a cell: a changed title renders again this item only, not its row. */
const GridTaskView = memo(
  function GridTaskView({
    here,
    template,
    adjusted,
    editable,
    language,
    open,
    onToggle,
    onClose,
    onMoved,
  }: TaskProps) {
    const { t } = useTranslation();
    const title = titleOf(template, language, t('yearPlan.untitled'));
    return (
      <li>
        <span className="year-plan-task">{title}</span>
        {adjusted !== undefined && (
          <span className="year-plan-adjusted">{t('yearPlan.adjusted', { count: adjusted })}</span>
        )}
        {editable && template && (
          <button
            type="button"
            className="year-plan-move"
            data-move={moveKey(here)}
            aria-expanded={open}
            onClick={() => onToggle(here)}
          >
            {t('yearPlan.move')}
            <span className="visually-hidden"> {title}</span>
          </button>
        )}
        {open && template && (
          <MoveTaskForm
            template={template}
            title={title}
            from={SCHOOL_YEAR_MONTHS[here.column] ?? 8}
            onCancel={() => onClose(here)}
            onMoved={(month) => onMoved(here, template, month)}
          />
        )}
      </li>
    );
  },
  // `here` is made anew by each render of the row: compared by what it names.
  (a, b) =>
    moveKey(a.here) === moveKey(b.here) &&
    a.template === b.template &&
    a.adjusted === b.adjusted &&
    a.editable === b.editable &&
    a.language === b.language &&
    a.open === b.open &&
    a.onToggle === b.onToggle &&
    a.onClose === b.onClose &&
    a.onMoved === b.onMoved,
);
