import { Agent, request } from 'node:http';
import { gunzipSync } from 'node:zlib';

export type HttpResult = { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> };
export type HttpOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  agent?: Agent;
  timeoutMs?: number;
};

/**
 * A plain node:http request with keep-alive; asks for gzip like a browser and unpacks it.
 * Unlike fetch, a socket the server closed while idle is never reused silently: it is retried once.
 */
export function httpRequest(url: string, options: HttpOptions = {}, retry = true): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'accept-encoding': 'gzip', ...options.headers };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const req = request(
      url,
      { method: options.method ?? 'GET', headers, agent: options.agent ?? defaultAgent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw,
          });
        });
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () =>
      req.destroy(new Error(`timeout after ${options.timeoutMs ?? 30_000} ms: ${url}`)),
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (retry && req.reusedSocket && err.code === 'ECONNRESET')
        httpRequest(url, options, false).then(resolve, reject);
      else reject(err);
    });
    req.end(options.body);
  });
}

export const defaultAgent = new Agent({ keepAlive: true, maxSockets: 16 });

export async function getJson<T>(url: string, headers: Record<string, string>, agent?: Agent): Promise<T> {
  const res = await httpRequest(url, { headers, ...(agent ? { agent } : {}) });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${res.body.toString('utf8').slice(0, 200)}`);
  return JSON.parse(res.body.toString('utf8')) as T;
}
