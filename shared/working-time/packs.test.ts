import { describe, expect, it } from 'vitest';
import { lawPacks } from '../masterdata/association-settings';
import { packFor, rulePacks } from './packs';
import { ruleCodes, warningOverrideSchema, workingTimeWarningSchema } from './schema';
import { packIds } from './types';

describe('rule packs as data', () => {
  it('has a pack for every law an association can choose, for adults, with the minors’ pack of its country', () => {
    for (const id of lawPacks) {
      expect(rulePacks[id]).toMatchObject({ id, minors: false });
      expect(packFor(id, '2010-01-01', '2026-03-02').id).toBe(id.startsWith('DE') ? 'DE-JArbSchG' : 'AT-KJBG');
      expect(packFor(id, null, '2026-03-02').id).toBe(id);
    }
  });

  it('names a paragraph of the law (or the ARG next to the AZG) in every rule, with a known code', () => {
    for (const id of packIds) {
      const pack = rulePacks[id];
      for (const rule of pack.rules) {
        expect(rule.paragraph).toMatch(new RegExp(`^§ \\d+.* (${pack.law}|ARG)$`));
        expect(ruleCodes).toContain(rule.code);
      }
    }
  });

  it('takes warnings over the wire as they are, and an override only with a reason', () => {
    const warning = {
      rule: 'daily_rest',
      pack: 'AT-K-GMG',
      paragraph: '§ 32 K-GMG',
      severity: 'warning',
      date: '2026-03-03',
      params: { restMinutes: 600, previousDate: '2026-03-02' },
    };
    expect(workingTimeWarningSchema.parse(warning)).toEqual(warning);
    expect(workingTimeWarningSchema.safeParse({ ...warning, rule: 'nap_time' }).success).toBe(false);
    const override = { rule: 'daily_rest', paragraph: '§ 32 K-GMG', date: '2026-03-03', reason: '  ' };
    const refused = warningOverrideSchema.safeParse(override);
    expect(refused.error?.issues[0]?.path).toEqual(['reason']);
    expect(warningOverrideSchema.parse({ ...override, reason: 'Einzige geschulte Kraft' }).reason).toBe(
      'Einzige geschulte Kraft',
    );
  });
});
