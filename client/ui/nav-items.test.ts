import { describe, expect, it } from 'vitest';
import { navItems } from './nav-items';

const hrefs = (roles: string[]) => navItems({ roles }).map((i) => i.href);

describe('navItems', () => {
  it('gives a municipality contact no time entries and no week of assignments', () => {
    expect(hrefs(['municipality_contact'])).toEqual(['/', '/sync']);
  });

  it('gives staff, apprentices and mentors their week and their hours', () => {
    for (const role of ['staff', 'apprentice', 'mentor'])
      expect(hrefs([role])).toEqual(['/', '/woche', '/zeiten', '/sync']);
  });

  it('adds up several roles and gives unknown roles only what needs nothing', () => {
    expect(hrefs(['municipality_contact', 'staff'])).toContain('/zeiten');
    expect(hrefs(['visitor'])).toEqual(['/', '/sync']);
  });

  it('gives planners the planning board, and no role more than five destinations', () => {
    expect(hrefs(['coordinator'])).toEqual(['/', '/woche', '/zeiten', '/planung', '/sync']);
    for (const role of ['staff', 'apprentice', 'mentor', 'municipality_contact'])
      expect(hrefs([role])).not.toContain('/planung');
    // An administrator plans too: her own week gives way (the board shows it) so that five still fit.
    expect(hrefs(['admin'])).toEqual(['/', '/zeiten', '/planung', '/verwaltung', '/sync']);
  });

  it('gives administrators, and only them, the administration', () => {
    expect(hrefs(['admin'])).toContain('/verwaltung');
    for (const role of ['coordinator', 'staff', 'mentor', 'municipality_contact'])
      expect(hrefs([role])).not.toContain('/verwaltung');
  });
});
