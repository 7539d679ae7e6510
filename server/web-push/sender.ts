import type { Kysely } from 'kysely';
import webpush from 'web-push';
import { renderNotification } from '../../shared/notifications/render';
import type { PushPayload } from '../../shared/notifications/schema';
import type { DB } from '../db/schema';
import { assertPushEndpoint } from './endpoint';
import { vapidKeys } from './vapid';

export type WebPushConfig = {
  /** The operator's contact (mailto: or https:) that push services may use (RFC 8292). */
  subject: string;
  /** Plain http to 127.0.0.1: only the tests' own push service. */
  allowHttpLoopback?: boolean;
};

const BATCH = 200;
const TIMEOUT_MS = 10_000;

/**
 * Sends Web Push for notifications not pushed yet, after the transaction that made them has committed.
 * Each notification is claimed first (pushed_at set where it was null), so several server processes
 * never push one twice; a push service that answers 404 or 410 has dropped the subscription, so it goes.
 */
export class PushSender {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date,
    private readonly config: WebPushConfig,
  ) {}

  /** Asks for a round for this association; rounds run one after another, never in parallel. */
  kick(associationId: string): void {
    this.queue = this.queue
      .then(() => this.round(associationId))
      .catch((err: unknown) => console.error('web push: round failed', err));
  }

  /** Resolves when the rounds asked for so far are done. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async round(associationId: string): Promise<void> {
    const pending = await this.db
      .selectFrom('notifications')
      .select(['id', 'personId', 'kind', 'params'])
      .where('associationId', '=', associationId)
      .where('pushedAt', 'is', null)
      .orderBy('rev')
      .limit(BATCH)
      .execute();
    for (const n of pending) {
      const claimed = await this.db
        .updateTable('notifications')
        .set({ pushedAt: this.clock().toISOString() })
        .where('id', '=', n.id)
        .where('pushedAt', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      const [kind, params] = [n.kind as PushPayload['kind'], JSON.parse(n.params) as PushPayload['params']];
      const texts = { de: renderNotification(kind, params, 'de'), en: renderNotification(kind, params, 'en') };
      const payload: PushPayload = { id: n.id, kind, params, texts };
      await this.sendToPerson(n.personId, JSON.stringify(payload));
    }
    if (pending.length === BATCH) await this.round(associationId);
  }

  private async sendToPerson(personId: string, payload: string): Promise<void> {
    const subs = await this.db.selectFrom('pushSubscriptions').selectAll().where('personId', '=', personId).execute();
    if (subs.length === 0) return;
    const keys = await vapidKeys(this.db, this.clock());
    for (const sub of subs) {
      try {
        // Checked again at sending: a subscription stored under another configuration gets no request.
        assertPushEndpoint(sub.endpoint, this.config.allowHttpLoopback === true);
        const details = webpush.generateRequestDetails(
          { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
          payload,
          { vapidDetails: { subject: this.config.subject, ...keys }, TTL: 24 * 3600, contentEncoding: 'aes128gcm' },
        );
        const res = await fetch(details.endpoint, {
          method: details.method,
          headers: details.headers as Record<string, string>,
          body: new Uint8Array(details.body),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (res.status === 404 || res.status === 410)
          await this.db.deleteFrom('pushSubscriptions').where('id', '=', sub.id).execute();
        else if (!res.ok) console.error(`web push: ${res.status} from the push service`);
      } catch (err) {
        console.error('web push: sending failed', err);
      }
    }
  }
}
