import { type Capability, can, type HasRoles } from '../../shared/capabilities/capabilities';
import type { MessageKey } from '../i18n/i18n';

export type NavItem = { href: string; label: MessageKey; icon: string; end?: true };

/** The bottom bar fits five destinations at 320 px; a role that would get more loses the spare ones. */
export const MAX_NAV_ITEMS = 5;

/** Pages that need a capability say so here and guard themselves with the same one (require-capability.tsx). */
export const pageNeeds = {
  week: ['assignments.read-own'],
  assignment: ['assignments.read-own', 'assignments.read-all'],
  hours: ['time.log-own'],
  admin: ['association.manage'],
  people: ['association.manage'],
  plan: ['assignments.plan'],
  coverRequests: ['assignments.plan'],
} as const satisfies Record<string, readonly Capability[]>;

// `spare`: may give way when a role has more than MAX_NAV_ITEMS (the page stays reachable: the planning
// board shows a planner's own week too).
const all: (NavItem & { needs?: readonly Capability[]; spare?: true })[] = [
  { href: '/', label: 'nav.today', icon: 'M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z', end: true },
  { href: '/woche', label: 'nav.week', icon: 'M4 5h16v15H4zM4 9h16M8 3v4M16 3v4', needs: pageNeeds.week, spare: true },
  {
    href: '/zeiten',
    label: 'nav.hours',
    icon: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
    needs: pageNeeds.hours,
  },
  {
    href: '/planung',
    label: 'nav.plan',
    icon: 'M3 4h18v16H3zM3 9h18M9 4v16M15 4v16',
    needs: pageNeeds.plan,
  },
  {
    href: '/verwaltung',
    label: 'nav.admin',
    icon: 'M4 6h9M17 6h3M15 4v4M4 12h3M11 12h9M9 10v4M4 18h11M19 18h1M17 16v4',
    needs: pageNeeds.admin,
  },
  { href: '/sync', label: 'nav.sync', icon: 'M20 11a8 8 0 0 0-14.9-3M4 4v4h4M4 13a8 8 0 0 0 14.9 3M20 20v-4h-4' },
];

/** Whether the user holds any of the capabilities (an empty list needs none). */
export const canAny = (user: HasRoles, needs: readonly Capability[] = []): boolean =>
  needs.length === 0 || needs.some((c) => can(user, c));

/** The destinations this user can use: nobody is offered a page whose changes the server would refuse. */
export function navItems(user: HasRoles): NavItem[] {
  const usable = all.filter((i) => canAny(user, i.needs));
  let extra = usable.length - MAX_NAV_ITEMS;
  return usable.filter((i) => !(i.spare && extra-- > 0)).map(({ needs: _needs, spare: _spare, ...item }) => item);
}
