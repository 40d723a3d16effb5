import { describe, expect, it } from 'vitest';
import { organizationId } from '../ids';
import { builtInThemes } from '../library/themes';
import { importFileKind, readImportFile } from './import-file';

describe('the kind of an imported file', () => {
  it.each([
    ['kirjasto.json', '{"format":"vuosikello-library"}', 'libraryJson'],
    ['export.txt', '\uFEFF  {"format":"vuosikello-library"}', 'libraryJson'],
    ['tehtavat.csv', '\uFEFFid;title_fi;grades\r\n', 'libraryCsv'],
    ['suunnitelma.csv', '\uFEFFkind;id;school;name\r\n', 'planCsv'],
    ['suunnitelma.csv', '"kind","name"\n"koulu","A"', 'planCsv'],
  ])('%s holding %j is %s', (name, text, kind) => {
    expect(importFileKind(name, text)).toBe(kind);
  });

  it('refuses a plan when there is no organization yet', () => {
    const bytes = new TextEncoder().encode('kind;name;grades\nschool;A;1');
    const context = { themes: builtInThemes, templates: [], organizationId: null, schools: [] };
    expect(readImportFile('plan.csv', bytes, context)).toEqual({
      kind: 'planCsv',
      result: { ok: false, problems: [{ row: 0, column: '', code: 'noOrganization' }] },
    });
    const withOrg = { ...context, organizationId: organizationId('org-x') };
    expect(readImportFile('plan.csv', bytes, withOrg).result.ok).toBe(true);
  });
});
