import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors/errors';
import { HashSlots } from './hash-slots';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('HashSlots', () => {
  it('runs at most `slots` hashes at once; the others wait their turn in order', async () => {
    const slots = new HashSlots(2, 10);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = (i: number) => async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      order.push(i);
      return i;
    };
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => slots.run(work(i))));
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(2);
    expect(order.slice(2)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('refuses with 429 when the line is full, and frees slots after failures', async () => {
    const slots = new HashSlots(1, 1);
    const first = slots.run(async () => tick());
    const second = slots.run(async () => {
      throw new Error('hash failed');
    });
    await expect(slots.run(async () => 1)).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === 'too_many_requests',
    );
    await first;
    await expect(second).rejects.toThrow('hash failed');
    expect(await slots.run(async () => 3)).toBe(3);
    expect(slots.queued).toBe(0);
  });
});
