import { availableParallelism } from 'node:os';
import { AppError } from '../../shared/errors/errors';

/**
 * Password hashing (scrypt, 16 MiB and tens of milliseconds each) at most `slots` at a time, the
 * rest waiting in line: 200 logins at once no longer take every core from other requests, they
 * queue. A full line is refused with 429 at once rather than after a long wait.
 */
export class HashSlots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy >= this.slots) {
      if (this.waiting.length >= this.maxWaiting)
        throw new AppError('too_many_requests', 'The server is busy with other logins; try again in a moment');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.busy++;
    }
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, so `busy` stays counted for it.
      const next = this.waiting.shift();
      if (next) next();
      else this.busy--;
    }
  }

  get queued(): number {
    return this.waiting.length;
  }
}

/** One core stays free for everything else. */
export const hashSlots = new HashSlots(Math.max(1, availableParallelism() - 1), 64);
