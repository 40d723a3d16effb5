/**
 * What a task's card says about it that a tick does not change: when it falls, its theme, whose
 * it is, who is responsible, and how its window was moved. Rendered again only when the task,
 * its template or theme, or the language changes, not with the card's tick.
 */
import { memo } from 'react';
import type { TFunction } from 'i18next';
import { assertNever } from '@/domain/ids';
import type {
  Action,
  BreakKind,
  Language,
  TaskTemplate,
  Theme,
  WindowAdjustment,
} from '@/domain/model';
import { formatList } from '@/i18n/format';
import { ActionWindow } from './action-window';

interface Props {
  action: Action;
  template: TaskTemplate;
  theme: Theme | undefined;
  /** The id of the line of facts, which the card's checkbox names as its description. */
  metaId: string;
  language: Language;
  t: TFunction;
}

export const ActionFacts = memo(function ActionFacts({
  action,
  template,
  theme,
  metaId,
  language,
  t,
}: Props) {
  return (
    <>
      <p id={metaId} className="action-meta">
        <ActionWindow start={action.start} end={action.end} t={t} language={language} />
        {theme && (
          <span className="theme">
            <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
            {theme.name[language]}
          </span>
        )}
        {action.scope !== 'class' && (
          <span className="scope">
            {action.scope === 'school' ? t('action.scopeSchool') : t('action.scopeOrganization')}
          </span>
        )}
        <span className="responsible">
          {t('action.responsible')}: {template.responsible.map((r) => t(`role.${r}`)).join(', ')}
        </span>
      </p>
      {action.schoolTiming && <p className="notice">{t('adjustment.schoolTiming')}</p>}
      {action.adjustment && <p className="notice">{adjustmentText(action.adjustment, t)}</p>}
      {action.spansBreaks && action.spansBreaks.length > 0 && (
        <p className="hint">{spansText(action.spansBreaks, language, t)}</p>
      )}
    </>
  );
});

type T = TFunction;

function adjustmentText(adjustment: WindowAdjustment, t: T): string {
  switch (adjustment.kind) {
    case 'movedOutOfBreak': {
      const options = { break: t(`break.${adjustment.breakKind}`) };
      // A schedule stored before the direction existed moved after the break.
      return adjustment.direction === 'before'
        ? t('adjustment.movedOutOfBreakBefore', options)
        : t('adjustment.movedOutOfBreak', options);
    }
    case 'movedOffHoliday':
      return t('adjustment.movedOffHoliday');
    case 'movedOffDayOff':
      return t('adjustment.movedOffDayOff');
    case 'clampedToSchoolYear':
      return t('adjustment.clampedToSchoolYear');
    default:
      return assertNever(adjustment);
  }
}

/** "Sisältää syysloman ja joululoman": the breaks inside the window, joined the language's way. */
function spansText(breaks: readonly BreakKind[], language: Language, t: T): string {
  const names = breaks.map((b) => t(`breakIncluded.${b}`));
  return t('adjustment.spans', { breaks: formatList(names, language) });
}
