import { describe, expect, it } from 'vitest';
import { feedLinks } from './feed-api';

describe('feed links', () => {
  it('builds the https address from the origin and the webcal one from it', () => {
    const path = `/api/ical/${'a'.repeat(43)}.ics`;
    expect(feedLinks(path, 'https://ikz.example')).toEqual({
      https: `https://ikz.example${path}`,
      webcal: `webcal://ikz.example${path}`,
    });
  });
});
