import { describe, expect, it } from 'vitest';
import { mayLogTimeFor, mayWorkOn } from './assignment-rights';

const staff = { id: 'p1', roles: ['staff'] };
const own = { personId: 'p1' };
const other = { personId: 'p2' };

describe('assignment rights', () => {
  it('lets a worker change and log time for her own assignment only', () => {
    expect(mayWorkOn(staff, own)).toBe(true);
    expect(mayWorkOn(staff, other)).toBe(false);
    expect(mayLogTimeFor(staff, own)).toBe(true);
    expect(mayLogTimeFor(staff, other)).toBe(false);
  });

  it('lets a planner change anyone’s assignment but log time only for her own', () => {
    const coordinator = { id: 'c1', roles: ['coordinator'] };
    expect(mayWorkOn(coordinator, other)).toBe(true);
    expect(mayLogTimeFor(coordinator, other)).toBe(false);
  });

  it('gives a municipality contact neither, even on an assignment in her name', () => {
    const contact = { id: 'p1', roles: ['municipality_contact'] };
    expect(mayWorkOn(contact, own)).toBe(false);
    expect(mayLogTimeFor(contact, own)).toBe(false);
  });
});
