import { describe, expect, it } from 'vitest';
import { isPublicRoute } from './app-routes';

describe('isPublicRoute', () => {
  it('knows the invitation page by its pattern, and signed-in pages as not public', () => {
    expect(isPublicRoute('/login')).toBe(true);
    expect(isPublicRoute('/einladung/abcDEF_-123')).toBe(true);
    expect(isPublicRoute('/einladung')).toBe(false);
    expect(isPublicRoute('/verwaltung/personen/x')).toBe(false);
    expect(isPublicRoute('/')).toBe(false);
  });
});
