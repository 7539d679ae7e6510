import { describe, expect, it } from 'vitest';
import { isStorableText, textSchema } from './text';

describe('textSchema', () => {
  it('takes any well-formed text, emoji and umlauts included', () => {
    expect(textSchema(50).parse('Drucker 🖨️ im Lehrerzimmer, Übergabe')).toBe('Drucker 🖨️ im Lehrerzimmer, Übergabe');
    expect(isStorableText('')).toBe(true);
  });

  it('refuses lone surrogates and NUL instead of changing them', () => {
    for (const bad of ['a\ud800', '\udc00b', 'x\ud83d y', '\ude00\ud83d', 'nul\u0000']) {
      const result = textSchema(50).safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/surrogate/);
    }
  });
});
