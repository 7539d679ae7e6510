import { z } from 'zod';
import { accessibilityContactSchema } from '../shared/accessibility/schema';
import { parseProxyTrust } from './http/proxy-trust';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  /** Loopback by default: the quick start has public demo passwords. Set 0.0.0.0 to serve a network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Seeds the demo association into an empty database; turn off for every real deployment. */
  DEMO_DATA: flag.default(true),
  /** Send the session cookie only over HTTPS; "auto" decides per request. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /**
   * Reverse proxies (addresses, CIDR ranges or "loopback", comma-separated) whose X-Forwarded-For,
   * -Proto and -Host are believed: for the login throttle's client address, COOKIE_SECURE=auto and HSTS.
   */
  TRUST_PROXY: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== '' && e !== 'false'),
    )
    .superRefine((entries, ctx) => {
      try {
        parseProxyTrust(entries);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof Error ? err.message : String(err) });
      }
    })
    .default([]),
  STATIC_DIR: z.string().min(1).default('./dist/client'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Where people report accessibility barriers (e-mail or web address), shown in the accessibility statement. */
  ACCESSIBILITY_CONTACT: accessibilityContactSchema.optional(),
  /** Invitations also go out by e-mail through this SMTP server (`smtp://` or `smtps://`); unset: nothing is mailed. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, 'must start with smtp:// or smtps:// and name a host')
    .optional(),
  /** The sender of those e-mails. */
  SMTP_FROM: z.string().min(3).default('IKZ Einsatz <no-reply@localhost>'),
  /** The operator's contact that push services may use when a server misbehaves (VAPID subject, RFC 8292). */
  PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'must start with mailto: or https://')
    .default('mailto:no-reply@localhost'),
});
export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment once at start; a bad value stops the start with a message naming it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`,
    );
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** The only place that reads process.env. */
export const readEnv = (): Env => parseEnv(process.env);

/** Tests run against PostgreSQL when this is set (npm run test:pg); otherwise SQLite in memory. */
export const testDatabaseUrl = (): string | undefined => process.env.TEST_DATABASE_URL || undefined;
