// No zod here: the app's first screen asks `can()`, and zod belongs to the forms and sync (role-schema.ts).
export const roles = ['staff', 'apprentice', 'mentor', 'municipality_contact', 'coordinator', 'admin'] as const;
export type Role = (typeof roles)[number];

export const capabilities = [
  'assignments.read-own',
  'assignments.work-own',
  'assignments.read-all',
  'assignments.plan',
  'time.log-own',
  'absences.request-own',
  'time.read-all',
  'time.approve',
  'training.keep-record',
  'training.sign',
  'cover.request',
  'hours.confirm-municipality',
  'reports.read',
  'association.manage',
] as const;
export type Capability = (typeof capabilities)[number];

const own: Capability[] = ['assignments.read-own', 'assignments.work-own', 'time.log-own', 'absences.request-own'];
const planner: Capability[] = [
  ...own,
  'assignments.read-all',
  'assignments.plan',
  'time.read-all',
  'time.approve',
  'reports.read',
];

/** The one table of who may do what; handlers ask `can()`, never compare role names. */
const table: Record<Role, readonly Capability[]> = {
  staff: own,
  apprentice: [...own, 'training.keep-record'],
  mentor: [...own, 'training.sign'],
  municipality_contact: ['cover.request', 'hours.confirm-municipality'],
  coordinator: planner,
  admin: [...planner, 'association.manage'],
};

export type HasRoles = { readonly roles: readonly string[] };

/** Unknown roles grant nothing. */
export function can(user: HasRoles, capability: Capability): boolean {
  return user.roles.some((r) => Object.hasOwn(table, r) && table[r as Role].includes(capability));
}
