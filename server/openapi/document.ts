import { z } from 'zod';
import { aboutResponseSchema } from '../../shared/accessibility/schema';
import { auditPageSchema, auditQuerySchema } from '../../shared/audit/schema';
import { holidaysQuerySchema, holidaysResponseSchema } from '../../shared/holidays/schema';
import { loginRequestSchema, meResponseSchema } from '../../shared/auth/schemas';
import { errorBodySchema } from '../../shared/errors/errors';
import { candidateSlotInputSchema, candidatesResponseSchema } from '../../shared/planning/candidates-schema';
import {
  NEXT_CURSOR_HEADER,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../shared/sync/protocol';
import { feedOperations } from '../ical/openapi-ops';
import { onboardingOperations } from '../onboarding/openapi';
import { openShiftOperations } from '../open-shifts/openapi-ops';
import { privacyOperations } from '../privacy/openapi-ops';

export type Op = {
  method: 'get' | 'post';
  path: string;
  summary: string;
  auth: boolean;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** A JSON body's schema, or a stream that no JSON schema describes. */
  response: z.ZodType | { mediaType: string; description: string };
  responseHeaders?: Record<string, string>;
  /** Answers beyond the usual 400 (and 401/403 with `auth`), by status. */
  errors?: Record<number, string>;
};

/** Every route the API serves, described by the same zod schemas that validate it. */
const operations: Op[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Log in with e-mail and password; sets the session cookie',
    auth: false,
    body: loginRequestSchema,
    response: meResponseSchema,
    errors: { 401: 'Wrong credentials', 429: 'Too many failed logins' },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the session',
    auth: true,
    response: z.object({ ok: z.literal(true) }),
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The logged-in user with capabilities',
    auth: true,
    response: meResponseSchema,
  },
  {
    method: 'post',
    path: '/api/sync/push',
    summary: 'Apply queued mutations exactly once; one result per mutation',
    auth: true,
    body: pushRequestSchema,
    response: pushResponseSchema,
  },
  {
    method: 'get',
    path: '/api/sync/pull',
    summary: 'Changes after a cursor, paged, within what the user may see',
    auth: true,
    query: pullQuerySchema,
    response: pullResponseSchema,
    responseHeaders: {
      [NEXT_CURSOR_HEADER]:
        'Only when `more` is true: the cursor of this page, to ask for the next one before this body is read',
    },
  },
  {
    method: 'get',
    path: '/api/sync/events',
    summary: 'Server-Sent Events: `hello` once, then `poke` when data may have changed, so the device pulls',
    auth: true,
    response: {
      mediaType: 'text/event-stream',
      description: 'Events `hello` and `poke` with data `{}`; comment lines keep the connection alive',
    },
    errors: { 429: 'Too many event streams for this session' },
  },
  {
    method: 'get',
    path: '/api/admin/audit',
    summary: "The association's audit log, newest first, filtered and paged by cursor (association.manage)",
    auth: true,
    query: auditQuerySchema,
    response: auditPageSchema,
  },
  {
    method: 'post',
    path: '/api/planning/candidates',
    summary: 'The people who could staff a slot, best first, with reasons as codes (assignments.plan)',
    auth: true,
    body: candidateSlotInputSchema,
    response: candidatesResponseSchema,
  },
  {
    method: 'get',
    path: '/api/holidays',
    summary: "Public holidays of each of the association's municipalities, at most two years at once",
    auth: true,
    query: holidaysQuerySchema,
    response: holidaysResponseSchema,
  },
  {
    method: 'get',
    path: '/api/about',
    summary: 'What the operator configured for the accessibility statement',
    auth: false,
    response: aboutResponseSchema,
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    auth: false,
    response: z.record(z.string(), z.unknown()),
  },
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and database check',
    auth: false,
    response: z.object({ ok: z.boolean(), database: z.string() }),
  },
  ...onboardingOperations,
  ...privacyOperations,
  ...openShiftOperations,
  ...feedOperations,
];

/** Hono's `/people/:id` as OpenAPI's `/people/{id}`. */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' });

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const answer =
      'mediaType' in op.response
        ? { description: op.response.description, content: { [op.response.mediaType]: { schema: { type: 'string' } } } }
        : { description: 'OK', content: { 'application/json': { schema: schema(op.response, 'output') } } };
    const errors = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    const path = openApiPath(op.path);
    const inPath = [...op.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[path] ??= {};
    paths[path]![op.method] = {
      summary: op.summary,
      ...(op.auth ? { security: [{ session: [] }] } : { security: [] }),
      ...(inPath.length > 0 ? { parameters: inPath } : {}),
      ...(op.query
        ? {
            parameters: Object.entries(op.query.shape).map(([name, s]) => ({
              name,
              in: 'query',
              required: !(s as z.ZodType).safeParse(undefined).success,
              schema: schema(s as z.ZodType, 'input'),
            })),
          }
        : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: schema(op.body, 'input') } } } }
        : {}),
      responses: {
        200: {
          ...answer,
          ...(op.responseHeaders
            ? {
                headers: Object.fromEntries(
                  Object.entries(op.responseHeaders).map(([name, description]) => [
                    name,
                    { description, schema: { type: 'string' } },
                  ]),
                ),
              }
            : {}),
        },
        400: { description: 'Invalid input', ...errors },
        ...(op.auth
          ? { 401: { description: 'No session', ...errors }, 403: { description: 'Missing right', ...errors } }
          : {}),
        ...Object.fromEntries(
          Object.entries(op.errors ?? {}).map(([status, description]) => [status, { description, ...errors }]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'IKZ Einsatz API', version },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ikz_session' } },
      schemas: { Error: schema(errorBodySchema, 'output') },
    },
    paths,
  };
}
