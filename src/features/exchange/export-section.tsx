import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readLibrary, readPlan } from '@/db/exchange-writes';
import { listSchoolYears } from '@/db/queries';
import type { CsvDelimiter } from '@/domain/exchange/csv-file';
import { libraryToCsv } from '@/domain/exchange/library-csv';
import { libraryToJson } from '@/domain/exchange/library-json';
import { planToCsv } from '@/domain/exchange/plan-csv';
import type { SchoolYearId } from '@/domain/ids';
import { CsvDelimiterChoice } from '@/ui/csv-delimiter-choice';
import { useDb } from '@/ui/db-context';
import { downloadFile } from '@/ui/download-file';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Downloads of the library (CSV, JSON) and of a school year's plan (CSV). */
export function ExportSection() {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(';');
  const years = useLiveQuery(() => listSchoolYears(db), [db]);
  const [chosenYear, setChosenYear] = useState<SchoolYearId | null>(null);
  const yearId = chosenYear ?? years?.at(-1)?.id ?? null;

  const exportLibraryCsv = async () => {
    const { templates } = await readLibrary(db);
    downloadFile('vuosikello-library.csv', libraryToCsv(templates, delimiter), CSV_TYPE);
  };
  const exportLibraryJson = async () => {
    downloadFile(
      'vuosikello-library.json',
      libraryToJson(await readLibrary(db)),
      'application/json',
    );
  };
  const exportPlan = async () => {
    if (yearId === null) return;
    const plan = await readPlan(db, yearId);
    const start = plan.schoolYear?.startYear ?? 0;
    downloadFile(`vuosikello-plan-${start}-${start + 1}.csv`, planToCsv(plan, delimiter), CSV_TYPE);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-export">
      <h2 id={`${id}-title`}>{t('exchange.exportTitle')}</h2>
      <CsvDelimiterChoice
        className="exchange-delimiter"
        name={`${id}-delimiter`}
        value={delimiter}
        onChange={setDelimiter}
      />
      <div className="form-actions">
        <button type="button" onClick={() => void exportLibraryCsv()}>
          {t('exchange.exportLibraryCsv')}
        </button>
        <button type="button" onClick={() => void exportLibraryJson()}>
          {t('exchange.exportLibraryJson')}
        </button>
      </div>
      {years && years.length > 0 ? (
        <div className="toolbar">
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('exchange.yearLabel')}</label>
            <select
              id={`${id}-year`}
              value={yearId ?? ''}
              onChange={(e) => setChosenYear(e.target.value as SchoolYearId)}
            >
              {years.map((y) => (
                <option key={y.id} value={y.id}>
                  {y.startYear}–{y.startYear + 1}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void exportPlan()}>
            {t('exchange.exportPlanCsv')}
          </button>
        </div>
      ) : (
        years && <p>{t('exchange.noYears')}</p>
      )}
    </section>
  );
}
