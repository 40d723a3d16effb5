/** The words of the report's CSV file in the UI language (report-csv.ts ReportCsvWords). */
import type { TFunction } from 'i18next';
import type { TemplateId } from '@/domain/ids';
import type { Language, Theme } from '@/domain/model';
import {
  REPORT_CSV_COLUMNS,
  REPORT_SECTIONS,
  type ReportCsvWords,
} from '@/domain/report/report-csv';
import { levelLabel, nameIn } from './progress-labels';

/**
 * The file's words; `everything` names what the report counts (a school, or all in view), and
 * `taskNames` the tasks (as the screen names them: taskNames in progress-labels.ts).
 */
export function reportCsvWords(
  t: TFunction,
  language: Language,
  themes: readonly Theme[],
  everything: string,
  taskNames: ReadonlyMap<TemplateId, string>,
): ReportCsvWords {
  const themeOf = new Map(themes.map((th) => [th.id as string, th]));
  return {
    columns: Object.fromEntries(
      REPORT_CSV_COLUMNS.map((c) => [c, t(`report.csv.${c}`)]),
    ) as ReportCsvWords['columns'],
    sections: Object.fromEntries(
      REPORT_SECTIONS.map((s) => [s, t(`report.section.${s}`)]),
    ) as ReportCsvWords['sections'],
    everything,
    school: (school) => school.name,
    level: (level) => levelLabel(t, level),
    theme: (themeId) => {
      const theme = themeId === null ? undefined : themeOf.get(themeId);
      return theme ? nameIn(theme.name, language).text : (themeId ?? t('progress.noTheme'));
    },
    task: (template) => taskNames.get(template.id) ?? nameIn(template.title, language).text,
    verdicts: {
      worked: t('report.verdict.worked'),
      didNotWork: t('report.verdict.didNotWork'),
      mixed: t('report.verdict.mixed'),
      tooFewRatings: t('report.verdict.tooFewRatings'),
    },
  };
}
