import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '../env';

describe('SMTP_URL', () => {
  it('is optional and taken as given when it names an SMTP server', () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe('smtps://u:p@mail.example:465');
  });
  it('stops the start with a message naming it when it is not an SMTP address', () => {
    expect(() => parseEnv({ SMTP_URL: 'http://mail.example' })).toThrow(EnvError);
    expect(() => parseEnv({ SMTP_URL: 'mail.example' })).toThrow(/SMTP_URL/);
  });
});
