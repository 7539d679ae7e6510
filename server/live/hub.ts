import pg from 'pg';

type Listener = () => void;

/**
 * Fans out data-free "something changed" pokes to the open event streams of an association.
 * With PostgreSQL every server process LISTENs, so a change made through any instance reaches
 * clients connected to all of them.
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private pgClient: pg.Client | undefined;

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
    if (this.pgClient) {
      this.pgClient.query('select pg_notify($1, $2)', [CHANNEL, associationId]).catch((err: unknown) => {
        console.error('live: notify failed, delivering locally', err);
        this.deliver(associationId);
      });
    } else {
      this.deliver(associationId);
    }
  }

  async connectPostgres(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (msg) => {
      if (msg.channel === CHANNEL && msg.payload) this.deliver(msg.payload);
    });
    client.on('error', (err) => console.error('live: LISTEN connection lost', err));
    await client.query(`listen ${CHANNEL}`);
    this.pgClient = client;
  }

  async close(): Promise<void> {
    await this.pgClient?.end();
    this.pgClient = undefined;
  }
}

const CHANNEL = 'ikz_changes';
