import type { Issue } from '../../shared/errors/errors';

/** How the client reaches the server; tests pass the in-process Hono app instead of fetch. */
export type Transport = (path: string, init?: RequestInit) => Promise<Response>;

export const browserTransport: Transport = (path, init) => fetch(path, { ...init, credentials: 'same-origin' });

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Issue[] | undefined;
  constructor(status: number, code: string, message: string, details?: Issue[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** The server could not be reached at all (offline, DNS, captive portal). */
export class OfflineError extends Error {}

/** The response of a successful call, its body unread; failures throw as in callJson. */
export async function callApi(transport: Transport, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await transport(path, { ...init, headers });
  } catch (err) {
    throw new OfflineError(err instanceof Error ? err.message : 'Network error');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { code?: string; message?: string; details?: Issue[] } | null;
    throw new ApiError(res.status, body?.code ?? `http_${res.status}`, body?.message ?? res.statusText, body?.details);
  }
  return res;
}

export async function callJson<T>(transport: Transport, path: string, init: RequestInit = {}): Promise<T> {
  return (await callApi(transport, path, init).then((res) => res.json())) as T;
}
