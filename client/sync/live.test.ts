import { describe, expect, it, vi } from 'vitest';
import { listenForPokes } from './live';

class FakeSource extends EventTarget {
  static last: FakeSource | undefined;
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeSource.last = this;
  }
  close() {
    this.closed = true;
  }
}

describe('listenForPokes', () => {
  it('turns a burst of pokes into one sync and closes the stream on stop', async () => {
    vi.useFakeTimers();
    const onPoke = vi.fn();
    const stop = listenForPokes({ EventSource: FakeSource as unknown as typeof EventSource }, onPoke);
    const source = FakeSource.last!;
    expect(source.url).toBe('/api/sync/events');
    for (let i = 0; i < 3; i++) source.dispatchEvent(new Event('poke'));
    vi.advanceTimersByTime(200);
    expect(onPoke).toHaveBeenCalledTimes(1);
    stop();
    expect(source.closed).toBe(true);
    vi.useRealTimers();
  });

  it('does nothing where EventSource is missing', () => {
    expect(() => listenForPokes({}, () => {})()).not.toThrow();
  });
});
