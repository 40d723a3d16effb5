import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakWeekSelect } from './break-week-select';
import type { Break } from '@/domain/model';
import {
  autumnBreakIn,
  christmasBreakIn,
  winterBreakIn,
  type AutumnBreakWeek,
  type WinterBreakWeek,
} from '@/domain/school-year-defaults';
import type { SchoolYearDraft } from '@/domain/school-year-draft';
import { formatDay } from '@/i18n/format';
import { useLanguage } from '@/ui/use-language';

interface Props {
  draft: SchoolYearDraft;
  onChange: (next: SchoolYearDraft) => void;
}

/** `b` in place of the draft's break of the same kind (the first), or added at the end. */
function withBreak(draft: SchoolYearDraft, b: Break): SchoolYearDraft {
  const at = draft.breaks.findIndex((x) => x.kind === b.kind);
  const breaks =
    at === -1 ? [...draft.breaks, b] : draft.breaks.map((x, i) => (i === at ? { ...b } : x));
  return { ...draft, breaks };
}

/** The Finnish defaults: autumn break in week 42 or 43, Christmas, winter break by region. */
export function BreakDefaults({ draft, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const [autumnWeek, setAutumnWeek] = useState<AutumnBreakWeek>(42);
  const [winterWeek, setWinterWeek] = useState<WinterBreakWeek>(9);
  const christmas = christmasBreakIn(draft.startYear);
  return (
    <fieldset className="sy-group sy-defaults">
      <legend>{t('schoolYears.defaults')}</legend>
      <p className="hint">{t('schoolYears.defaultsHint')}</p>
      <div className="sy-row">
        <div className="field">
          <BreakWeekSelect
            kind="autumn"
            id={`${id}-autumn`}
            value={autumnWeek}
            onChange={setAutumnWeek}
          />
          <button
            type="button"
            onClick={() => onChange(withBreak(draft, autumnBreakIn(draft.startYear, autumnWeek)))}
          >
            {t('schoolYears.applyAutumn')}
          </button>
        </div>
        <div className="field">
          <BreakWeekSelect
            kind="winter"
            id={`${id}-winter`}
            value={winterWeek}
            onChange={setWinterWeek}
          />
          <button
            type="button"
            onClick={() => onChange(withBreak(draft, winterBreakIn(draft.startYear, winterWeek)))}
          >
            {t('schoolYears.applyWinter')}
          </button>
        </div>
        <div className="field">
          <button type="button" onClick={() => onChange(withBreak(draft, christmas))}>
            {t('schoolYears.applyChristmas', {
              start: formatDay(christmas.start, language, 'date'),
              end: formatDay(christmas.end, language, 'date'),
            })}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
