/** What a push does to a synced record; the audit row names the table. */
export const recordActions = ['create', 'update', 'delete'] as const;
/** Administrative acts, `<subject>.<act>`: every one the server writes is here, so each has a label. */
export const actActions = [
  'person.invite',
  'person.password_set',
  'person.change-password',
  'person.deactivate',
  'person.reactivate',
  'session.revoke',
  'person.export',
  'person.erase',
  'retention.delete',
] as const;
export const auditActions = [...recordActions, ...actActions] as const;
export type RecordAction = (typeof recordActions)[number];
export type ActAction = (typeof actActions)[number];
export type AuditAction = (typeof auditActions)[number];

export const isRecordAction = (a: string): a is RecordAction => (recordActions as readonly string[]).includes(a);
export const isActAction = (a: string): a is ActAction => (actActions as readonly string[]).includes(a);
