import pg from 'pg';
import type { TableVersions } from './table-versions';

/** Channel of the triggers in migration 002: the payload is the written table's name. */
export const WRITES_CHANNEL = 'ikz_writes';

/**
 * Keeps `versions` true to commits made by other server processes on the same PostgreSQL database,
 * so several instances behind a load balancer may cache sessions and the sync counter. Triggers
 * notify on commit (also for psql or a second app version); this LISTENs on its own connection.
 * Caches are off (`trusted = false`) until it listens and whenever the connection is lost, since
 * notifications sent meanwhile are gone; after reconnecting every version is raised once.
 */
export class WriteListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private delayMs = 250;

  constructor(
    private readonly url: string,
    private readonly versions: TableVersions,
  ) {
    versions.trusted = false;
  }

  start(): void {
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url });
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.versions.trusted = false;
      this.client = undefined;
      client.removeAllListeners();
      client.on('error', () => {});
      void client.end().catch(() => {});
      if (!this.stopped) {
        if (err) console.error('db: LISTEN connection for cache invalidation lost; caches off until it is back', err);
        this.scheduleRetry();
      }
    };
    try {
      this.client = client;
      client.on('notification', (msg) => {
        if (msg.channel === WRITES_CHANNEL) this.versions.bump(msg.payload ? [msg.payload] : 'all');
      });
      client.on('error', lost);
      client.on('end', () => lost());
      await client.connect();
      await client.query(`listen ${WRITES_CHANNEL}`);
      if (this.stopped || this.client !== client) return;
      // Whatever was committed while nobody listened is unknown: start from scratch.
      this.versions.bump('all');
      this.versions.trusted = true;
      this.delayMs = 250;
    } catch (err) {
      lost(err);
    }
  }

  private scheduleRetry(): void {
    clearTimeout(this.retry);
    const jitter = Math.random() * this.delayMs;
    this.retry = setTimeout(() => void this.connect(), this.delayMs + jitter);
    this.retry.unref();
    this.delayMs = Math.min(this.delayMs * 2, 10_000);
  }

  get listening(): boolean {
    return this.versions.trusted;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.versions.trusted = false;
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}
