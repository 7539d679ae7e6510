import { describe, expect, it } from 'vitest';
import { keyBytes } from './push-api';

describe('keyBytes', () => {
  it('decodes base64url without padding to the raw key', () => {
    const raw = new Uint8Array([0xfb, 0xff, 0x04, 0x41, 0x00]);
    const encoded = Buffer.from(raw).toString('base64url');
    expect(encoded).toMatch(/[-_]/);
    expect([...keyBytes(encoded)]).toEqual([...raw]);
  });
});
