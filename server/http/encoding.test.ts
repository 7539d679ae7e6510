import { describe, expect, it } from 'vitest';
import { preferredCoding } from './encoding';

describe('preferredCoding', () => {
  it('prefers brotli, then gzip, and sends plain text otherwise', () => {
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('GZIP')).toBe('gzip');
    expect(preferredCoding('deflate')).toBeNull();
    expect(preferredCoding('identity')).toBeNull();
    expect(preferredCoding('')).toBeNull();
    expect(preferredCoding(undefined)).toBeNull();
  });

  it('never picks a coding the client refuses with q=0, and reads * for both', () => {
    expect(preferredCoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredCoding('br; q=0.0, gzip;q=0')).toBeNull();
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('*, br;q=0')).toBe('gzip');
    expect(preferredCoding('gzip;q=0.5')).toBe('gzip');
  });
});
