import pg from 'pg';

export type ListenHandlers = {
  notification: (channel: string, payload: string | undefined) => void;
  /** Listening (again). Notifications sent while it was not are gone: callers catch up here. */
  connected: () => void;
  /** The connection is gone; it is retried with backoff and jitter until stop(). */
  lost: (err: unknown) => void;
};

export type ListenOptions = {
  /** How often the connection is asked whether it is alive; default 15 s. */
  heartbeatMs?: number;
  /** An answer slower than this counts as a dead connection; default 5 s. */
  heartbeatTimeoutMs?: number;
  /** Tests pass a client whose answers they control. */
  newClient?: (config: pg.ClientConfig) => pg.Client;
};

/**
 * A PostgreSQL connection that LISTENs on `channels` and reconnects when the server ends it (a
 * restart, a failover, an idle-connection reaper), so cross-process notifications resume by
 * themselves. `client` is the live connection, if any, for sending NOTIFY on it as well.
 *
 * A connection can also die silently (a NAT or load balancer dropping an idle flow): no error, no
 * end, just no more notifications, and caches that trust them would stay stale. So TCP keepalive is
 * on, and a heartbeat query that does not answer in time counts as a lost connection.
 */
export class PgListen {
  private current: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private delayMs = 250;
  private readonly heartbeatMs: number;
  private readonly heartbeatTimeoutMs: number;
  private readonly newClient: (config: pg.ClientConfig) => pg.Client;

  constructor(
    private readonly url: string,
    private readonly applicationName: string,
    private readonly channels: readonly string[],
    private readonly handlers: ListenHandlers,
    options: ListenOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 5_000;
    this.newClient = options.newClient ?? ((config) => new pg.Client(config));
  }

  get client(): pg.Client | undefined {
    return this.current;
  }

  /** The PostgreSQL backend process of the connection (tests end it to check reconnecting). */
  get backendPid(): number | undefined {
    return (this.current as (pg.Client & { processID?: number }) | undefined)?.processID;
  }

  /** Connects now; rejects if that fails. Later losses are retried. */
  async start(): Promise<void> {
    const failure = await this.connect();
    if (failure) throw failure.err;
  }

  /** Connects in the background, retrying until it listens. */
  startInBackground(): void {
    void this.connect().then((failure) => failure && this.scheduleRetry());
  }

  private async connect(): Promise<{ err: unknown } | undefined> {
    if (this.stopped) return undefined;
    const client = this.newClient({
      connectionString: this.url,
      application_name: this.applicationName,
      keepAlive: true,
    });
    // Until it listens, failures surface through the awaits below.
    client.on('error', () => {});
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`listen ${channel}`);
    } catch (err) {
      void client.end().catch(() => {});
      return { err };
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return undefined;
    }
    this.current = client;
    this.delayMs = 250;
    client.removeAllListeners('error');
    client.on('error', (err) => this.drop(client, err));
    client.on('end', () => this.drop(client, new Error('LISTEN connection ended')));
    client.on('notification', (msg) => this.handlers.notification(msg.channel, msg.payload));
    this.scheduleHeartbeat(client);
    this.handlers.connected();
    return undefined;
  }

  private scheduleHeartbeat(client: pg.Client): void {
    clearTimeout(this.heartbeat);
    this.heartbeat = setTimeout(() => {
      if (this.current !== client) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`LISTEN connection did not answer within ${this.heartbeatTimeoutMs} ms`)),
          this.heartbeatTimeoutMs,
        );
      });
      Promise.race([client.query('select 1'), timeout]).then(
        () => {
          clearTimeout(timer);
          this.scheduleHeartbeat(client);
        },
        (err: unknown) => {
          clearTimeout(timer);
          this.drop(client, err);
        },
      );
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  private drop(client: pg.Client, err: unknown): void {
    if (this.current !== client) return;
    this.current = undefined;
    clearTimeout(this.heartbeat);
    client.removeAllListeners();
    client.on('error', () => {});
    void client.end().catch(() => {});
    if (this.stopped) return;
    this.handlers.lost(err);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retry);
    if (this.stopped) return;
    this.retry = setTimeout(
      () => void this.connect().then((failure) => failure && this.scheduleRetry()),
      this.delayMs + Math.random() * this.delayMs,
    );
    this.retry.unref();
    this.delayMs = Math.min(this.delayMs * 2, 10_000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearTimeout(this.heartbeat);
    const client = this.current;
    this.current = undefined;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}
