import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Korrekt-Pferd-42');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('Korrekt-Pferd-42', hash)).toBe(true);
    expect(await verifyPassword('korrekt-pferd-42', hash)).toBe(false);
  });
  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
  it('refuses malformed stored hashes', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
  });
});
