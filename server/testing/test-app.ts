import { createApp } from '../app';
import type { LiveHub } from '../live/hub';
import type { Database } from '../db/database';
import { demoLogins, DEMO_PASSWORD } from '../demo/data';
import { seedDemo } from '../demo/seed';
import { parseProxyTrust } from '../http/proxy-trust';
import type { Mailer } from '../onboarding/mailer';
import type { PushSender, WebPushConfig } from '../web-push/sender';
import { openTestDatabase } from './test-db';

export const TEST_NOW = new Date('2026-11-18T09:30:00Z'); // a Wednesday, 10:30 in Vienna

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** The real app on a fresh demo database with a settable clock; requests go through `app.request()`. */
export async function startTestApp(
  options: {
    now?: Date;
    seed?: boolean;
    hub?: LiveHub;
    accessibilityContact?: string;
    trustProxy?: string[];
    cookieSecure?: 'auto' | 'true' | 'false';
    staticRoot?: string;
    mailer?: Mailer;
    webPush?: WebPushConfig;
  } = {},
) {
  const database: Database = await openTestDatabase();
  let now = options.now ?? TEST_NOW;
  const clock = () => new Date(now);
  const seeded = options.seed === false ? null : await seedDemo(database.db, now);
  const changes: string[] = [];
  let pushSender: PushSender | undefined;
  const app = createApp(
    {
      db: database.db,
      dialect: database.dialect,
      clock,
      sessionDays: 30,
      cookieSecure: options.cookieSecure ?? 'false',
      trustProxy: parseProxyTrust(options.trustProxy ?? []),
      accessibilityContact: options.accessibilityContact,
      onChange: (a) => changes.push(a),
      mailer: options.mailer,
      webPush: options.webPush,
    },
    {
      ...(options.hub ? { hub: options.hub } : {}),
      ...(options.staticRoot ? { staticRoot: options.staticRoot } : {}),
      pushSender: (s) => {
        pushSender = s;
      },
    },
  );

  /** `peer`: the TCP peer address the request seems to come from (in-process requests have no socket). */
  const request = (path: string, init: RequestInit & { cookie?: string; peer?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    const url = path.startsWith('http') ? path : `http://localhost${path}`;
    return app.request(
      url,
      { ...init, headers },
      init.peer ? { incoming: { socket: { remoteAddress: init.peer } } } : undefined,
    );
  };

  /** Logs in and returns the session cookie header value. */
  const login = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
    const res = await request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`);
    const setCookie = res.headers.get('set-cookie') ?? '';
    return setCookie.split(';')[0]!;
  };

  const json = (path: string, cookie: string, body: unknown) =>
    request(path, {
      method: 'POST',
      cookie,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  return {
    app,
    db: database.db,
    dialect: database.dialect,
    associationId: seeded?.associationId,
    changes,
    request,
    login,
    json,
    setNow: (d: Date) => {
      now = d;
    },
    logins: {
      technician: demoLogins().find((l) => l.role === 'IT-Technikerin')!.email,
      cover: demoLogins().find((l) => l.role === 'Springerin')!.email,
      apprentice: demoLogins().find((l) => l.role === 'Lehrling')!.email,
      coordinator: demoLogins().find((l) => l.role === 'Koordinator')!.email,
      admin: demoLogins().find((l) => l.role === 'Administratorin')!.email,
      mentor: demoLogins().find((l) => l.role === 'Ausbilder')!.email,
      contact: demoLogins().find((l) => l.role === 'Gemeinde')!.email,
    },
    /** Resolves when the Web Push rounds asked for so far are done. */
    pushesSent: () => pushSender?.idle() ?? Promise.resolve(),
    close: () => database.close(),
  };
}
