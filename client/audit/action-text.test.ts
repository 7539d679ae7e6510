import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actActions, auditActions } from '../../shared/audit/actions';
import { setLang } from '../i18n/i18n';
import { actionLine } from './action-text';

afterEach(() => setLang('de'));

/** Every `action: '…'` or `action = '…'` literal in the server's product code (tests left out). */
function actionsWrittenByServer(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/\baction\s*[:=]\s*'([^']+)'/g)) found.add(m[1]!);
    }
  };
  walk(join(import.meta.dirname, '../../server'));
  return found;
}

describe('audit action labels', () => {
  it('knows every action the server writes, and lists none it never writes', () => {
    const written = actionsWrittenByServer();
    expect([...written].filter((a) => !(auditActions as readonly string[]).includes(a))).toEqual([]);
    expect(actActions.filter((a) => !written.has(a))).toEqual([]);
  });

  it('shows every action in words, in German and in English, never the stored name', async () => {
    for (const lang of ['de', 'en'] as const) {
      await setLang(lang);
      for (const action of auditActions) {
        const line = actionLine(action, 'Person');
        // English verbs may be the record action itself ("created"); the stored name never shows.
        expect(line).not.toMatch(new RegExp(`\\b${action.replace('.', '\\.')}\\b`));
        expect(line).not.toContain('audit.');
      }
    }
    await setLang('de');
    expect(actionLine('person.invite', 'Person')).toBe('Person eingeladen (Einladungslink erstellt)');
    expect(actionLine('update', 'Zeiteintrag')).toBe('Zeiteintrag geändert');
    await setLang('en');
    expect(actionLine('person.deactivate', 'Person')).toBe('Person deactivated');
    // A newer server's act this client does not know yet is shown as stored, not hidden.
    expect(actionLine('person.promote', 'Person')).toBe('Person: person.promote');
  });
});
