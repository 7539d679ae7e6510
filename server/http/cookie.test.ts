import { describe, expect, it } from 'vitest';
import { cookieValue } from './cookie';

describe('cookieValue', () => {
  it('finds the named cookie among others', () => {
    expect(cookieValue('ikz_session=abc', 'ikz_session')).toBe('abc');
    expect(cookieValue('a=1; ikz_session=abc; b=2', 'ikz_session')).toBe('abc');
    expect(cookieValue('a=1;ikz_session=abc', 'ikz_session')).toBe('abc');
  });

  it('does not match a name that only ends or starts with it', () => {
    expect(cookieValue('old_ikz_session=x', 'ikz_session')).toBeUndefined();
    expect(cookieValue('old_ikz_session=x; ikz_session=y', 'ikz_session')).toBe('y');
    expect(cookieValue('ikz_session_v2=x', 'ikz_session')).toBeUndefined();
  });

  it('decodes percent-encoding and quotes like a cookie parser', () => {
    expect(cookieValue('ikz_session=a%2Bb', 'ikz_session')).toBe('a+b');
    expect(cookieValue('ikz_session="abc"', 'ikz_session')).toBe('abc');
    expect(cookieValue('ikz_session=%E0%A4%A', 'ikz_session')).toBe('%E0%A4%A');
  });

  it('is undefined without a header or the cookie', () => {
    expect(cookieValue(undefined, 'ikz_session')).toBeUndefined();
    expect(cookieValue('', 'ikz_session')).toBeUndefined();
    expect(cookieValue('a=1', 'ikz_session')).toBeUndefined();
  });
});
