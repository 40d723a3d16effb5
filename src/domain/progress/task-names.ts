/**
 * The names of tasks listed together (a report's rows, a progress table): each template's title,
 * and where several of them share a title (the built-in library has "Lapsen oikeuksien viikko"
 * for grades 1-6 and for 7-9), each of those with its grades after it, so the rows tell them
 * apart. The words (a title in the language, grades as the UI writes them) come from the caller.
 */
import type { TemplateId } from '../ids';
import type { Grade, TaskTemplate } from '../model';

export function distinctTaskNames(
  templates: readonly TaskTemplate[],
  title: (template: TaskTemplate) => string,
  grades: (grades: readonly Grade[]) => string,
): ReadonlyMap<TemplateId, string> {
  const titles = new Map(templates.map((template) => [template.id, title(template)]));
  const count = new Map<string, number>();
  for (const text of titles.values()) count.set(text, (count.get(text) ?? 0) + 1);
  const names = new Map<TemplateId, string>();
  for (const template of templates) {
    const text = titles.get(template.id)!;
    names.set(
      template.id,
      count.get(text)! > 1 && template.grades.length > 0
        ? `${text} (${grades(template.grades)})`
        : text,
    );
  }
  return names;
}
