import { useTranslation } from 'react-i18next';
import {
  AUTUMN_BREAK_WEEKS,
  WINTER_BREAK_WEEKS,
  type AutumnBreakWeek,
  type WinterBreakWeek,
} from '@/domain/school-year-defaults';

type Props =
  | {
      readonly kind: 'autumn';
      readonly id: string;
      readonly value: AutumnBreakWeek;
      readonly onChange: (week: AutumnBreakWeek) => void;
    }
  | {
      readonly kind: 'winter';
      readonly id: string;
      readonly value: WinterBreakWeek;
      readonly onChange: (week: WinterBreakWeek) => void;
    };

/**
 * The week of a regional break, labelled: the autumn break by week (42 or 43), the winter break
 * by week and the regions that keep it (8, 9 or 10).
 */
export function BreakWeekSelect(props: Props) {
  const { t } = useTranslation();
  const weeks: readonly number[] =
    props.kind === 'autumn' ? AUTUMN_BREAK_WEEKS : WINTER_BREAK_WEEKS;
  return (
    <>
      <label htmlFor={props.id}>
        {props.kind === 'autumn' ? t('schoolYears.autumnWeek') : t('schoolYears.winterWeek')}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => {
          const week = Number(e.target.value);
          // The options are the kind's weeks.
          if (props.kind === 'autumn') props.onChange(week as AutumnBreakWeek);
          else props.onChange(week as WinterBreakWeek);
        }}
      >
        {weeks.map((w) => (
          <option key={w} value={w}>
            {props.kind === 'autumn'
              ? t('schoolYears.week', { week: w })
              : t(`schoolYears.winterRegion.w${w as WinterBreakWeek}`)}
          </option>
        ))}
      </select>
    </>
  );
}
