import { afterEach, describe, expect, it, vi } from 'vitest';
import { idSchema } from '../../shared/ids/ids';
import { newAuditId } from './audit-ids';

const timeOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

afterEach(() => vi.restoreAllMocks());

describe('newAuditId', () => {
  it('makes version-7 UUIDs that carry the time they were made', () => {
    const before = Date.now();
    const id = newAuditId();
    const after = Date.now();
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Never earlier than now; later only if this process made more than 4,096 in a millisecond before.
    expect(timeOf(id)).toBeGreaterThanOrEqual(before);
    expect(timeOf(id)).toBeLessThanOrEqual(after + 1);
  });

  it('ascend in the order made, also past 4,096 in one millisecond, and never repeat', () => {
    const frozen = Date.now() + 1_000_000;
    vi.spyOn(Date, 'now').mockReturnValue(frozen);
    const ids = Array.from({ length: 10_000 }, () => newAuditId());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The clock stood still: the time moved on by one per 4,096 ids.
    expect(timeOf(ids[0]!)).toBe(frozen);
    expect(timeOf(ids.at(-1)!)).toBe(frozen + 2);
    expect(ids.filter((id) => !idSchema.safeParse(id).success)).toEqual([]);
  });

  it('differ in their random part between ids of the same millisecond', () => {
    const frozen = Date.now() + 2_000_000;
    vi.spyOn(Date, 'now').mockReturnValue(frozen);
    const tails = new Set(Array.from({ length: 1000 }, () => newAuditId().slice(19)));
    expect(tails.size).toBe(1000);
  });
});
