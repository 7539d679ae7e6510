import type { Agent } from 'node:http';
import { newId } from '../shared/ids/ids';
import { PROTOCOL_VERSION, type PullResponse, type PushResponse } from '../shared/sync/protocol';
import { httpRequest } from './http-client';
import { createEntryMutation, type EntryRefs, pushBody } from './mutations';

export type SoakStats = {
  requests: number;
  errors: number;
  errorSamples: string[];
  latencies: { pull: number[]; push: number[] };
  pushed: number;
};

/** One simulated device: a session cookie, a client id, a cursor and the ids it pushed but has not pulled back yet. */
export class SoakDevice {
  cursor = 0;
  private nextMutation = 1;
  readonly clientId = newId();
  readonly unseen = new Set<string>();

  constructor(
    private readonly url: string,
    private readonly cookie: string,
    private readonly refs: EntryRefs,
    private readonly stats: SoakStats,
    private readonly agent: Agent,
  ) {}

  private async call(kind: 'pull' | 'push', path: string, body?: string): Promise<string | null> {
    const s = process.hrtime.bigint();
    this.stats.requests++;
    try {
      const res = await httpRequest(`${this.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          cookie: this.cookie,
          'x-sync-protocol': String(PROTOCOL_VERSION),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        agent: this.agent,
        ...(body === undefined ? {} : { body }),
      });
      this.stats.latencies[kind].push(Number(process.hrtime.bigint() - s) / 1e6);
      if (res.status !== 200) return this.fail(`${kind} ${res.status} ${res.body.toString('utf8').slice(0, 120)}`);
      return res.body.toString('utf8');
    } catch (err) {
      return this.fail(`${kind} ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private fail(message: string): null {
    this.stats.errors++;
    if (this.stats.errorSamples.length < 10) this.stats.errorSamples.push(message);
    return null;
  }

  /** Pulls pages until the server has nothing more, as the app does on every sync. */
  async pull(): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      const text = await this.call('pull', `/api/sync/pull?cursor=${this.cursor}&clientId=${this.clientId}`);
      if (text === null) return;
      const page = JSON.parse(text) as PullResponse;
      for (const e of page.upserts.timeEntries) this.unseen.delete(e.id);
      this.cursor = page.cursor;
      if (!page.more) return;
    }
  }

  /** Pushes one new time entry, as after someone logs an hour offline. */
  async push(): Promise<void> {
    const mutation = createEntryMutation(this.nextMutation++, this.refs, 'soak');
    const text = await this.call('push', '/api/sync/push', pushBody(this.clientId, [mutation]));
    if (text === null) return;
    const result = (JSON.parse(text) as PushResponse).results[0];
    if (result?.status !== 'applied') this.fail(`push answered ${result?.status ?? 'nothing'} ${result?.code ?? ''}`);
    else if (mutation.name === 'timeEntry.create') {
      this.unseen.add(mutation.args.id);
      this.stats.pushed++;
    }
  }
}
