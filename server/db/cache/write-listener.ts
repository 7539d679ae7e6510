import { PgListen } from '../pg-listen';
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
  private readonly listen: PgListen;

  constructor(url: string, versions: TableVersions) {
    versions.trusted = false;
    this.listen = new PgListen(url, 'ikz-write-listener', [WRITES_CHANNEL], {
      notification: (channel, payload) => {
        if (channel === WRITES_CHANNEL) versions.bump(payload ? [payload] : 'all');
      },
      connected: () => {
        // Whatever was committed while nobody listened is unknown: start from scratch.
        versions.bump('all');
        versions.trusted = true;
      },
      lost: (err) => {
        versions.trusted = false;
        console.error('db: LISTEN connection for cache invalidation lost; caches off until it is back', err);
      },
    });
  }

  start(): void {
    this.listen.startInBackground();
  }

  get backendPid(): number | undefined {
    return this.listen.backendPid;
  }

  async stop(): Promise<void> {
    await this.listen.stop();
  }
}
