import { describe, expect, it } from 'vitest';
import { engineStartGate } from './engine-start';

/** Resolves to which of the two came first. */
const first = (gate: Promise<void>, later: Promise<void>) =>
  Promise.race([gate.then(() => 'gate'), later.then(() => 'idle')]);

describe('engineStartGate', () => {
  it('starts a device that never synced at once, without waiting for idle', async () => {
    let idleAsked = false;
    const never = new Promise<void>(() => {});
    const gate = engineStartGate(Promise.resolve(null), () => {
      idleAsked = true;
      return never;
    });
    await expect(first(gate, new Promise((r) => setTimeout(r, 50)))).resolves.toBe('gate');
    expect(idleAsked).toBe(false);
  });

  it('waits for idle on a device that synced before', async () => {
    let release!: () => void;
    const idle = new Promise<void>((r) => (release = r));
    let started = false;
    const gate = engineStartGate(Promise.resolve('2026-12-01T08:00:00.000Z'), () => idle).then(() => {
      started = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toBe(false);
    release();
    await gate;
    expect(started).toBe(true);
  });

  it('falls back to waiting for idle when the last sync cannot be read', async () => {
    let idleAsked = false;
    await engineStartGate(Promise.reject(new Error('blocked')), async () => {
      idleAsked = true;
    });
    expect(idleAsked).toBe(true);
  });
});
