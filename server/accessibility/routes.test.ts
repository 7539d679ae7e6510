import { afterEach, describe, expect, it } from 'vitest';
import { aboutResponseSchema } from '../../shared/accessibility/schema';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

describe('GET /api/about', () => {
  it('tells anyone, without a session, where to report accessibility barriers', async () => {
    t = await startTestApp({ seed: false, accessibilityContact: 'barrierefrei@feldkirchen.example' });
    const res = await t.request('/api/about');
    expect(res.status).toBe(200);
    expect(aboutResponseSchema.parse(await res.json())).toEqual({
      accessibilityContact: 'barrierefrei@feldkirchen.example',
    });
  });

  it('answers null where the operator set no contact', async () => {
    t = await startTestApp({ seed: false });
    expect(await (await t.request('/api/about')).json()).toEqual({ accessibilityContact: null });
  });
});
