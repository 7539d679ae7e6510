import { describe, expect, it } from 'vitest';
import { actorOf, checkCoverRequest, mayMove, nextStates } from './states';

const slot = { start: '2026-12-07T07:00:00.000Z', end: '2026-12-07T11:00:00.000Z' };
const open = { slots: [slot], state: 'open' as const, coveredBy: null, assignmentIds: [] };
const person = '0190a000-0000-7000-8000-000000000001';
const assignment = '0190a000-0000-7000-8000-000000000002';

describe('cover request state machine', () => {
  it('lets planners fill an open request and finish an assigned one', () => {
    expect(mayMove('open', 'assigned', 'planner')).toBe(true);
    expect(mayMove('assigned', 'done', 'planner')).toBe(true);
  });
  it('lets the requester cancel only while open, never fill or finish', () => {
    expect(mayMove('open', 'cancelled', 'requester')).toBe(true);
    expect(mayMove('assigned', 'cancelled', 'requester')).toBe(false);
    expect(mayMove('open', 'assigned', 'requester')).toBe(false);
    expect(mayMove('assigned', 'done', 'requester')).toBe(false);
  });
  it('keeps done and cancelled final and never goes back to open', () => {
    expect(nextStates('done', 'planner')).toEqual([]);
    expect(nextStates('cancelled', 'planner')).toEqual([]);
    expect(mayMove('assigned', 'open', 'planner')).toBe(false);
    expect(nextStates('open', 'requester')).toEqual(['cancelled']);
    expect(nextStates('open', 'planner')).toEqual(['assigned', 'cancelled']);
  });
});

describe('who acts on a request', () => {
  const m = 'm-1';
  it('is a planner for coordinators, whatever the municipality', () => {
    expect(actorOf({ id: 'c', roles: ['coordinator'] }, m, null)).toBe('planner');
  });
  it('is the requester for the contact of that municipality only', () => {
    expect(actorOf({ id: 'k', roles: ['municipality_contact'] }, m, m)).toBe('requester');
    expect(actorOf({ id: 'k', roles: ['municipality_contact'] }, m, 'm-2')).toBeNull();
    expect(actorOf({ id: 'k', roles: ['municipality_contact'] }, m, null)).toBeNull();
  });
  it('is nobody for staff', () => {
    expect(actorOf({ id: 's', roles: ['staff'] }, m, m)).toBeNull();
  });
});

describe('checkCoverRequest', () => {
  it('accepts an open request and a filled one', () => {
    expect(checkCoverRequest(open)).toEqual([]);
    expect(checkCoverRequest({ ...open, state: 'assigned', coveredBy: person, assignmentIds: [assignment] })).toEqual(
      [],
    );
  });
  it('names the slot whose end is not after its start', () => {
    const issues = checkCoverRequest({ ...open, slots: [slot, { start: slot.end, end: slot.start }] });
    expect(issues).toEqual([expect.objectContaining({ path: 'slots.1.end', code: 'end_before_start' })]);
  });
  it('wants a person and one assignment per slot once assigned', () => {
    const paths = checkCoverRequest({ ...open, state: 'assigned' }).map((i) => i.path);
    expect(paths).toEqual(['coveredBy', 'assignmentIds']);
  });
  it('refuses a person or assignments on an open or cancelled request', () => {
    const issues = checkCoverRequest({ ...open, state: 'cancelled', coveredBy: person, assignmentIds: [assignment] });
    expect(issues.map((i) => i.code)).toEqual(['not_allowed', 'not_allowed']);
  });
  it('refuses the same assignment id twice', () => {
    const twice = { slots: [slot, slot], state: 'done' as const, coveredBy: person };
    expect(checkCoverRequest({ ...twice, assignmentIds: [assignment, assignment] })[0]?.code).toBe('duplicate');
  });
});
