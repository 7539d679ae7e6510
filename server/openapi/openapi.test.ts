import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PUSH_MUTATIONS } from '../../shared/sync/protocol';
import { startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ seed: false });
});
afterEach(() => t.close());

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  maxItems?: number;
  items?: JsonSchema;
};
type Operation = {
  security: unknown[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, unknown>;
};
type Document = { openapi: string; info: { version: string }; paths: Record<string, Record<string, Operation>> };

describe('openapi', () => {
  it('describes the API without a session', async () => {
    const res = await t.request('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const doc = (await res.json()) as Document;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);

    const push = doc.paths['/api/sync/push']?.post;
    expect(push).toBeDefined();
    const body = push!.requestBody!.content['application/json'].schema;
    expect(body.type).toBe('object');
    expect(body.required).toEqual(expect.arrayContaining(['clientId', 'mutations']));
    expect(body.properties?.mutations?.type).toBe('array');
    expect(body.properties?.mutations?.maxItems).toBe(MAX_PUSH_MUTATIONS);
    expect(push!.security).toEqual([{ session: [] }]);
    expect(Object.keys(push!.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));

    const pull = doc.paths['/api/sync/pull']?.get;
    expect(pull).toBeDefined();
    expect(pull!.parameters?.map((p) => [p.name, p.in])).toEqual(
      expect.arrayContaining([
        ['cursor', 'query'],
        ['limit', 'query'],
      ]),
    );
    expect(pull!.parameters?.every((p) => !p.required)).toBe(true);

    const login = doc.paths['/api/auth/login']?.post;
    expect(login).toBeDefined();
    expect(login!.security).toEqual([]);
    expect(login!.requestBody!.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['email', 'password']),
    );
    expect(Object.keys(login!.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '429']));
  });

  it('documents only routes the server really serves', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as Document;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => [method.toUpperCase(), path] as const),
    );
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const [method, path] of operations) {
      const res = await t.request(path, {
        method,
        ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
      });
      // A route with a path parameter may answer 404 for the literal `{token}`, but with its own code.
      if (res.status === 404)
        expect(((await res.json()) as { code: string }).code, `${method} ${path}`).not.toBe('not_found');
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
  });
});
