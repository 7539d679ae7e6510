import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import type { Clock } from '../../shared/time/dates';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import type { Mailer } from '../onboarding/mailer';
import type { WebPushConfig } from '../web-push/sender';
import type { ProxyTrust } from './proxy-trust';

/** Everything a request handler may use; tests build it with a fixed clock. */
export type Deps = {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  sessionDays: number;
  cookieSecure: 'auto' | 'true' | 'false';
  /** Reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (TRUST_PROXY); none when unset. */
  trustProxy?: ProxyTrust | undefined;
  /** Shown in the accessibility statement as where to report barriers (ACCESSIBILITY_CONTACT). */
  accessibilityContact?: string | undefined;
  /** Sends invitations by e-mail when SMTP_URL is set (server/onboarding/mailer.ts). */
  mailer?: Mailer | undefined;
  /** Called after a commit that changed rows of an association (live updates hook). */
  onChange?: (associationId: string) => void;
  /**
   * Whether synced record changes are written to the audit log; always unless this says false. Only the
   * benchmark of the audit log's cost (bench/audit-overhead.ts) turns it off, to time the same push without.
   */
  auditSyncChanges?: () => boolean;
  /** Web Push of notifications (issue 17.3); unset: notifications reach devices by sync only. */
  webPush?: WebPushConfig | undefined;
};

export type AppEnv = {
  Variables: {
    deps: Deps;
    user: SessionUser;
    sessionId: string;
  };
};
