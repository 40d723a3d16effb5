import { describe, expect, it } from 'vitest';
import { GRADES, LANGUAGES, RESPONSIBLE_ROLES, SCOPES, type TaskTemplate } from '@/domain/model';
import { builtInTemplates } from './templates/index';
import { builtInThemes, monthlyThemes } from './themes';

function allTexts(t: TaskTemplate): string[] {
  return LANGUAGES.flatMap((lang) => [t.title[lang], t.description[lang]]);
}

describe('the built-in task library', () => {
  it('has at least 70 templates with unique, readable ids', () => {
    expect(builtInTemplates.length).toBeGreaterThanOrEqual(70);
    const ids = builtInTemplates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^tpl-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('writes every title and description in Finnish, Swedish and English', () => {
    for (const t of builtInTemplates) {
      for (const lang of LANGUAGES) {
        const title = t.title[lang];
        const description = t.description[lang];
        expect(title.trim(), `${t.id} title ${lang}`).toBe(title);
        expect(title.length, `${t.id} title ${lang}`).toBeGreaterThan(3);
        expect(title.length, `${t.id} title ${lang}`).toBeLessThanOrEqual(60);
        expect(description, `${t.id} description ${lang}`).toMatch(/^\S.*\.$/);
        // One to three sentences ("Move!" is a name, not a sentence end).
        const sentences = description
          .replaceAll('Move!', 'Move')
          .split(/[.!?](?:\s|$)/)
          .filter((s) => s.trim());
        expect(sentences.length, `${t.id} description ${lang}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${t.id} description ${lang}`).toBeLessThanOrEqual(3);
      }
      // Translated, not copied: the languages differ.
      expect(t.title.fi, t.id).not.toBe(t.title.en);
      expect(t.title.sv, t.id).not.toBe(t.title.en);
      expect(t.title.fi, t.id).not.toBe(t.title.sv);
      expect(t.description.fi, t.id).not.toBe(t.description.en);
      expect(t.description.sv, t.id).not.toBe(t.description.en);
      expect(t.description.fi, t.id).not.toBe(t.description.sv);
    }
  });

  it('contains no placeholder for a pupil’s name or other unfinished text', () => {
    // Template syntax, brackets, ellipses, "NN"/"XX" fillers, or a named pupil.
    const placeholder =
      /[{}<>[\]%$#@|]|_{2,}|\.{3}|…|(?<!\p{L})(?:NN|X{2,}|TODO|TBD)(?!\p{L})|lorem|oppilaan nimi|lapsen nimi|elevens namn|barnets namn|pupil'?s name|child'?s name|(?<!\p{L})(?:Matti|Maija|Liisa|Pekka)(?!\p{L})/u;
    for (const t of builtInTemplates) {
      for (const text of allTexts(t)) expect(text, t.id).not.toMatch(placeholder);
    }
    expect('Keskustele {oppilas} kanssa').toMatch(placeholder);
    expect('Call [pupil’s guardian]').toMatch(placeholder);
    expect('Soita NN:n huoltajalle').toMatch(placeholder);
    expect('Luokka sopii yhteiset säännöt.').not.toMatch(placeholder);
  });

  it('refers only to existing themes and uses every monthly theme', () => {
    const themeIds = new Set<string>(builtInThemes.map((th) => th.id));
    for (const t of builtInTemplates)
      if (t.themeId !== null) expect(themeIds.has(t.themeId), t.id).toBe(true);
    const used = new Set(builtInTemplates.map((t) => t.themeId));
    for (const theme of monthlyThemes) expect(used.has(theme.id), theme.id).toBe(true);
  });

  it('lists known grades, scopes and responsible roles, without repeats', () => {
    for (const t of builtInTemplates) {
      expect(t.grades.length, t.id).toBeGreaterThan(0);
      expect(
        [...t.grades].sort((a, b) => a - b),
        t.id,
      ).toEqual([...new Set(t.grades)]);
      for (const g of t.grades) expect(GRADES, t.id).toContain(g);
      expect(SCOPES, t.id).toContain(t.scope);
      expect(t.responsible.length, t.id).toBeGreaterThan(0);
      expect(new Set(t.responsible).size, t.id).toBe(t.responsible.length);
      for (const role of t.responsible) expect(RESPONSIBLE_ROLES, t.id).toContain(role);
      for (const link of t.materials) expect(link.url, t.id).toMatch(/^https:\/\//);
    }
  });

  it('gives class tasks to the teacher of the grade: pre-primary, class or homeroom teacher', () => {
    const teacherGrades = {
      preschoolTeacher: [0],
      classTeacher: [1, 2, 3, 4, 5, 6],
      homeroomTeacher: [7, 8, 9],
    };
    for (const t of builtInTemplates.filter((x) => x.scope === 'class')) {
      for (const [role, grades] of Object.entries(teacherGrades)) {
        if (!t.responsible.some((r) => r === role)) continue;
        for (const g of t.grades) expect(grades, `${t.id}: ${role} for grade ${g}`).toContain(g);
      }
    }
  });

  it('has school-scoped and organization-scoped tasks', () => {
    expect(builtInTemplates.filter((t) => t.scope === 'school').length).toBeGreaterThanOrEqual(10);
    expect(
      builtInTemplates.filter((t) => t.scope === 'organization').length,
    ).toBeGreaterThanOrEqual(2);
  });
});
