import { describe, expect, it } from 'vitest';
import { can } from './capabilities';

describe('can', () => {
  it('lets staff log their own hours but not plan', () => {
    expect(can({ roles: ['staff'] }, 'time.log-own')).toBe(true);
    expect(can({ roles: ['staff'] }, 'assignments.plan')).toBe(false);
  });
  it('grants the union of several roles', () => {
    expect(can({ roles: ['staff', 'mentor'] }, 'training.sign')).toBe(true);
  });
  it('gives unknown roles nothing', () => {
    expect(can({ roles: ['superuser'] }, 'time.log-own')).toBe(false);
    expect(can({ roles: ['__proto__'] }, 'time.log-own')).toBe(false);
  });
  it('reserves association management to admins', () => {
    expect(can({ roles: ['coordinator'] }, 'association.manage')).toBe(false);
    expect(can({ roles: ['admin'] }, 'association.manage')).toBe(true);
  });
});
