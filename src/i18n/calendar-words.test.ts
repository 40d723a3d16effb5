/**
 * The exported calendar's words (src/domain/calendar-export/calendar-words.ts, where the server
 * can read them) say grades and the window's labels as the UI does (the roles' names are one
 * declaration for both, src/domain/role-words.ts).
 */
import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS } from '@/domain/calendar-export/calendar-words';
import type { Language } from '@/domain/model';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

const RESOURCES = { fi, sv, en } as const;

describe('calendar words', () => {
  it.each<Language>(['fi', 'sv', 'en'])('in %s match the UI resources', (language) => {
    const words = CALENDAR_WORDS[language];
    const ui = RESOURCES[language];
    expect(words.window).toBe(ui.action.window);
    expect(words.responsible).toBe(ui.action.responsible);
    expect(`${words.week} 45`).toBe(ui.action.weeks_one.replace('{{weeks}}', '45'));
    expect(`${words.weeks} 45–46`).toBe(ui.action.weeks_other.replace('{{weeks}}', '45–46'));
    expect(words.grade(0).toLowerCase()).toBe(ui.grade.preschool.toLowerCase());
    expect(words.grade(3).toLowerCase()).toBe(
      ui.grade.grade.replace('{{grade}}', '3').toLowerCase(),
    );
  });
});
