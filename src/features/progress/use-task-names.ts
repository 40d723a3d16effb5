import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId } from '@/domain/ids';
import type { TaskTemplate } from '@/domain/model';
import { useLanguage } from '@/ui/use-language';
import { taskNames } from './progress-labels';

/** taskNames of the plan's `templates` in the UI language, made again only when they change. */
export function useTaskNames(templates: readonly TaskTemplate[]): ReadonlyMap<TemplateId, string> {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(() => taskNames(t, language, templates), [t, language, templates]);
}
