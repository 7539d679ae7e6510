import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('finds common passwords of ten characters and more, in any letter case', () => {
    expect(isCommonPassword('password123')).toBe(true);
    expect(isCommonPassword('1234567890')).toBe(true);
    expect(isCommonPassword('QwertyUiop')).toBe(true);
    expect(isCommonPassword(' qwertyuiop ')).toBe(true);
  });
  it('lets an uncommon password through', () => {
    expect(isCommonPassword('Himmelberg-Wiesenweg-17')).toBe(false);
    expect(isCommonPassword('ikz-demo-2026')).toBe(false);
  });
});
