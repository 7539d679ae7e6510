import { PgListen } from '../db/pg-listen';

type Listener = () => void;

/**
 * Fans out data-free "something changed" pokes to the open event streams of an association.
 * With PostgreSQL every server process LISTENs, so a change made through any instance reaches
 * clients connected to all of them.
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private listen: PgListen | undefined;

  subscribe(associationId: string, listener: Listener): () => void {
    let set = this.listeners.get(associationId);
    if (!set) this.listeners.set(associationId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(associationId);
    };
  }

  get connections(): number {
    let n = 0;
    for (const s of this.listeners.values()) n += s.size;
    return n;
  }

  /** Delivers to this process only. */
  deliver(associationId: string): void {
    for (const listener of this.listeners.get(associationId) ?? []) listener();
  }

  /** Announces a committed change: through PostgreSQL NOTIFY when connected, else in-process. */
  publish(associationId: string): void {
    const client = this.listen?.client;
    if (!client) {
      this.deliver(associationId);
      return;
    }
    client.query('select pg_notify($1, $2)', [CHANNEL, associationId]).catch((err: unknown) => {
      console.error('live: notify failed, delivering locally', err);
      this.deliver(associationId);
    });
  }

  /** LISTENs for other instances' changes; reconnects by itself when the connection is lost. */
  async connectPostgres(url: string): Promise<void> {
    let connectedBefore = false;
    this.listen = new PgListen(url, 'ikz-live-hub', [CHANNEL], {
      notification: (channel, payload) => {
        if (channel === CHANNEL && payload) this.deliver(payload);
      },
      connected: () => {
        // Pokes sent while the connection was down are gone: let every open stream pull once.
        if (connectedBefore) for (const associationId of this.listeners.keys()) this.deliver(associationId);
        connectedBefore = true;
      },
      lost: (err) => console.error('live: LISTEN connection lost; reconnecting', err),
    });
    await this.listen.start();
  }

  /** The PostgreSQL backend process of the LISTEN connection (tests end it to check reconnecting). */
  get backendPid(): number | undefined {
    return this.listen?.backendPid;
  }

  async close(): Promise<void> {
    await this.listen?.stop();
    this.listen = undefined;
  }
}

const CHANNEL = 'ikz_changes';
