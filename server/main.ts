import { serve } from '@hono/node-server';
import { createApp } from './app';
import { configFromEnv, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { demoLogins } from './demo/data';
import { isEmpty, seedDemo } from './demo/seed';
import { EnvError, readEnv } from './env';
import { answerClientError } from './http/client-error';
import { parseProxyTrust } from './http/proxy-trust';
import { LiveHub } from './live/hub';
import { smtpMailer } from './onboarding/mailer';
import { runRetention } from './privacy/retention';
import { forgetIdleClients } from './sync/idle-clients';

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  let env: ReturnType<typeof readEnv>;
  try {
    env = readEnv();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const config = configFromEnv(env);
  const database = openDatabase(config);
  await migrateToLatest(database.db);
  console.log(`Database: ${config.kind === 'sqlite' ? `SQLite ${config.file}` : 'PostgreSQL'}`);

  if (env.DEMO_DATA && (await isEmpty(database.db))) {
    await seedDemo(database.db, new Date());
    console.log('Seeded the demo association (set DEMO_DATA=false for a real deployment).');
  }

  const forget = () =>
    forgetIdleClients(database.db, new Date()).catch((err: unknown) =>
      console.error('Forgetting idle devices failed:', err),
    );
  await forget();
  setInterval(() => void forget(), DAY_MS).unref();
  // Time records of erased persons whose two years (ArbZG § 16 Abs. 2) are over: at start and daily.
  const retain = () =>
    runRetention(database.db, database.dialect, new Date())
      .then((n) => n > 0 && console.log(`Retention: deleted ${n} time records of erased persons.`))
      .catch((err: unknown) => console.error('Retention job failed:', err));
  await retain();
  setInterval(() => void retain(), DAY_MS).unref();

  const hub = new LiveHub();
  if (config.kind === 'postgres') await hub.connectPostgres(config.url);
  const app = createApp(
    {
      db: database.db,
      dialect: database.dialect,
      clock: () => new Date(),
      sessionDays: env.SESSION_DAYS,
      cookieSecure: env.COOKIE_SECURE,
      trustProxy: parseProxyTrust(env.TRUST_PROXY),
      accessibilityContact: env.ACCESSIBILITY_CONTACT,
      mailer: env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.SMTP_FROM) : undefined,
      webPush: { subject: env.PUSH_SUBJECT },
    },
    { staticRoot: env.STATIC_DIR, hub },
  );
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
    const host = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST;
    console.log(`\nIKZ Einsatz läuft auf / is running at http://${host}:${env.PORT}`);
    if (env.DEMO_DATA) {
      console.log('Demo-Zugänge / demo logins:');
      for (const l of demoLogins()) console.log(`  ${l.role.padEnd(16)} ${l.email}  /  ${l.password}`);
    }
  });
  server.on('clientError', answerClientError);
  const stop = () => {
    server.close();
    void hub
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
