import { useTranslation } from 'react-i18next';
import {
  ANCHOR_CHOICES,
  DIRECTIONS,
  SIMPLE_RULE_KINDS,
  type DraftField,
  type SimpleRuleKind,
  type TemplateDraft,
} from '@/domain/library/template-draft';
import { BREAK_SHIFTS, type BreakShift } from '@/domain/model';
import { SCHOOL_YEAR_MONTHS } from '@/domain/schedule/resolve-window';
import { MONTH_PARTS, TERMS, type Month, type MonthPart, type Term } from '@/domain/timing-rule';
import { describedBy, Field, FieldNotes } from './field';

export interface FormFieldsProps {
  readonly draft: TemplateDraft;
  readonly set: (patch: Partial<TemplateDraft>) => void;
  /** The id of a field's control (the first control of a group). */
  readonly idOf: (field: DraftField | string) => string;
  /** The translated error of a field, or null. */
  readonly errorOf: (field: DraftField) => string | null;
}

/** The timing of a task in plain words: what kind of rule, then that rule's own fields. */
export function TimingFields({ draft, set, idOf, errorOf }: FormFieldsProps) {
  const { t } = useTranslation();
  const monthOptions = SCHOOL_YEAR_MONTHS.map((m) => (
    <option key={m} value={String(m)}>
      {t(`monthName.m${m}`)}
    </option>
  ));
  const partSelect = (
    <Field
      id={idOf('part')}
      label={t('templateForm.part')}
      render={(p) => (
        <select
          {...p}
          value={draft.part}
          onChange={(e) => set({ part: e.target.value as MonthPart })}
        >
          {MONTH_PARTS.map((part) => (
            <option key={part} value={part}>
              {t(`templateForm.part_${part}`)}
            </option>
          ))}
        </select>
      )}
    />
  );
  const numberField = (field: DraftField & keyof TemplateDraft, label: string, hint?: string) => (
    <Field
      id={idOf(field)}
      label={label}
      hint={hint}
      error={errorOf(field)}
      render={(p) => (
        <input
          {...p}
          className="input-number"
          inputMode="numeric"
          autoComplete="off"
          value={draft[field] as string}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    />
  );

  return (
    <fieldset className="form-section">
      <legend>{t('templateForm.timing')}</legend>
      <Field
        id={idOf('ruleKind')}
        label={t('templateForm.ruleKind')}
        render={(p) => (
          <select
            {...p}
            value={draft.ruleKind}
            onChange={(e) => set({ ruleKind: e.target.value as SimpleRuleKind })}
          >
            {SIMPLE_RULE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`templateForm.kind_${kind}`)}
              </option>
            ))}
          </select>
        )}
      />
      <div className="rule-fields">
        {draft.ruleKind === 'month' && (
          <>
            <Field
              id={idOf('month')}
              label={t('templateForm.month')}
              error={errorOf('month')}
              render={(p) => (
                <select {...p} value={draft.month} onChange={(e) => set({ month: e.target.value })}>
                  {monthOptions}
                </select>
              )}
            />
            {partSelect}
          </>
        )}
        {draft.ruleKind === 'isoWeek' &&
          numberField('week', t('templateForm.week'), t('templateForm.weekHint'))}
        {draft.ruleKind === 'schoolWeek' && (
          <>
            <Field
              id={idOf('term')}
              label={t('templateForm.term')}
              render={(p) => (
                <select
                  {...p}
                  value={draft.term}
                  onChange={(e) => set({ term: e.target.value as Term })}
                >
                  {TERMS.map((term) => (
                    <option key={term} value={term}>
                      {t(`templateForm.term_${term}`)}
                    </option>
                  ))}
                </select>
              )}
            />
            {numberField('n', t('templateForm.n'), t('templateForm.nHint'))}
          </>
        )}
        {draft.ruleKind === 'relative' && (
          <>
            {numberField('offset', t('templateForm.offset'), t('templateForm.offsetHint'))}
            <Field
              id={idOf('direction')}
              label={t('templateForm.direction')}
              render={(p) => (
                <select
                  {...p}
                  value={draft.direction}
                  onChange={(e) => set({ direction: e.target.value as TemplateDraft['direction'] })}
                >
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`templateForm.direction_${d}`)}
                    </option>
                  ))}
                </select>
              )}
            />
            <Field
              id={idOf('anchor')}
              label={t('templateForm.anchor')}
              render={(p) => (
                <select
                  {...p}
                  value={draft.anchor}
                  onChange={(e) => set({ anchor: e.target.value as TemplateDraft['anchor'] })}
                >
                  {ANCHOR_CHOICES.map((a) => (
                    <option key={a} value={a}>
                      {t(
                        `templateForm.anchor_${a.replace(':', '_')}` as 'templateForm.anchor_termStart_autumn',
                      )}
                    </option>
                  ))}
                </select>
              )}
            />
            {numberField('length', t('templateForm.length'))}
            <p className="rule-summary">
              {t('templateForm.relativeSummary', {
                n: draft.offset,
                direction: t(`templateForm.direction_${draft.direction}`),
                anchor: t(
                  `templateForm.anchor_${draft.anchor.replace(':', '_')}` as 'templateForm.anchor_termStart_autumn',
                ),
                length: draft.length,
              })}
            </p>
          </>
        )}
        {draft.ruleKind === 'dateRange' && (
          <>
            <DayOfYear
              legend={t('templateForm.rangeStart')}
              dayId={idOf('rangeStartDay')}
              monthId={idOf('rangeStartMonth')}
              day={draft.rangeStartDay}
              month={draft.rangeStartMonth}
              error={errorOf('rangeStartDay')}
              onDay={(v) => set({ rangeStartDay: v })}
              onMonth={(v) => set({ rangeStartMonth: v })}
              monthOptions={monthOptions}
            />
            <DayOfYear
              legend={t('templateForm.rangeEnd')}
              dayId={idOf('rangeEndDay')}
              monthId={idOf('rangeEndMonth')}
              day={draft.rangeEndDay}
              month={draft.rangeEndMonth}
              error={errorOf('rangeEndDay')}
              onDay={(v) => set({ rangeEndDay: v })}
              onMonth={(v) => set({ rangeEndMonth: v })}
              monthOptions={monthOptions}
            />
          </>
        )}
        {draft.ruleKind === 'everyMonth' && (
          <>
            <fieldset
              className="check-group"
              {...describedBy(idOf('months'), t('templateForm.monthsHint'), null)}
            >
              <legend>{t('templateForm.months')}</legend>
              <div className="check-grid">
                {SCHOOL_YEAR_MONTHS.map((m: Month, i) => (
                  <label key={m}>
                    <input
                      type="checkbox"
                      id={i === 0 ? idOf('months') : undefined}
                      checked={draft.months.includes(m)}
                      onChange={(e) =>
                        set({
                          months: e.target.checked
                            ? [...draft.months, m]
                            : draft.months.filter((x) => x !== m),
                        })
                      }
                    />{' '}
                    {t(`monthName.m${m}`)}
                  </label>
                ))}
              </div>
              <FieldNotes id={idOf('months')} hint={t('templateForm.monthsHint')} />
            </fieldset>
            {partSelect}
          </>
        )}
      </div>
      <Field
        id={idOf('breakShift')}
        label={t('templateForm.breakShift')}
        hint={t('templateForm.breakShiftHint')}
        render={(p) => (
          <select
            {...p}
            value={draft.breakShift}
            onChange={(e) => set({ breakShift: e.target.value as BreakShift })}
          >
            {BREAK_SHIFTS.map((shift) => (
              <option key={shift} value={shift}>
                {t(`templateForm.breakShift_${shift}`)}
              </option>
            ))}
          </select>
        )}
      />
      <div className="field field-check">
        <label>
          <input
            type="checkbox"
            id={idOf('everyNthYear')}
            checked={draft.everyNthYear}
            onChange={(e) => set({ everyNthYear: e.target.checked })}
          />{' '}
          {t('templateForm.everyNthYear')}
        </label>
      </div>
      {draft.everyNthYear && (
        <div className="rule-fields">
          {numberField('every', t('templateForm.every'), t('templateForm.everyHint'))}
          {numberField('fromYear', t('templateForm.fromYear'), t('templateForm.fromYearHint'))}
        </div>
      )}
    </fieldset>
  );
}

function DayOfYear(props: {
  legend: string;
  dayId: string;
  monthId: string;
  day: string;
  month: string;
  error: string | null;
  onDay: (v: string) => void;
  onMonth: (v: string) => void;
  monthOptions: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="day-of-year">
      <legend>{props.legend}</legend>
      <div className="rule-fields">
        <Field
          id={props.dayId}
          label={t('templateForm.day')}
          error={props.error}
          render={(p) => (
            <input
              {...p}
              className="input-number"
              inputMode="numeric"
              autoComplete="off"
              value={props.day}
              onChange={(e) => props.onDay(e.target.value)}
            />
          )}
        />
        <Field
          id={props.monthId}
          label={t('templateForm.month')}
          render={(p) => (
            <select {...p} value={props.month} onChange={(e) => props.onMonth(e.target.value)}>
              {props.monthOptions}
            </select>
          )}
        />
      </div>
    </fieldset>
  );
}
