import { type RawBuilder, sql } from 'kysely';
import type { SessionUser } from '../../shared/auth/schemas';
import { type Capability, can } from '../../shared/capabilities/capabilities';
import type { Dialect } from '../db/database';

/**
 * Who may read a row of a record type, as data. Every server record type must name one; a person who
 * matches none of its branches reads nothing of that type (fail closed), and there is no default.
 */
export type Scope =
  /** Every member of the association with a known role (master data everyone needs offline). */
  | { readonly kind: 'association' }
  /** Rows whose `column` names the reader, if the reader holds the capability. */
  | { readonly kind: 'own'; readonly column: string; readonly capability: Capability }
  /** Every row of the association, for holders of the capability (planners). */
  | { readonly kind: 'all'; readonly capability: Capability }
  /** Rows booked to the municipality the reader speaks for, if the reader holds the capability. */
  | { readonly kind: 'municipality'; readonly column: string; readonly capability: Capability }
  /** Rows of the apprentices at the reader's stations, while the station lasts. */
  | { readonly kind: 'mentees'; readonly column: string; readonly capability: Capability }
  /** Rows written by the reader (`author`) or naming the reader in the JSON array `names`, with the capability. */
  | { readonly kind: 'named'; readonly author: string; readonly names: string; readonly capability: Capability }
  | { readonly kind: 'anyOf'; readonly scopes: readonly Scope[] };

export const scope = {
  association: { kind: 'association' } as const,
  own: (column: string, capability: Capability): Scope => ({ kind: 'own', column, capability }),
  all: (capability: Capability): Scope => ({ kind: 'all', capability }),
  municipality: (column: string, capability: Capability): Scope => ({ kind: 'municipality', column, capability }),
  mentees: (column: string, capability: Capability): Scope => ({ kind: 'mentees', column, capability }),
  named: (author: string, names: string, capability: Capability): Scope => ({
    kind: 'named',
    author,
    names,
    capability,
  }),
  anyOf: (...scopes: Scope[]): Scope => ({ kind: 'anyOf', scopes }),
};

/** What decides a reader's scopes besides their roles; loaded per pull (scope-facts.ts). */
export type ScopeFacts = {
  readonly user: SessionUser;
  /** The municipality a municipality contact speaks for, if any. */
  readonly municipalityIds: readonly string[];
  /** Apprentices at the reader's stations today. */
  readonly menteeIds: readonly string[];
};

/** All rows of the association; no further condition. */
export const ALL = 'all' as const;
export type Condition = RawBuilder<boolean> | typeof ALL | null;

const inList = (column: string, ids: readonly string[]): Condition =>
  ids.length === 0 ? null : sql<boolean>`${sql.ref(column)} in (${sql.join(ids)})`;

/** The SQL condition for the rows a reader may see: ALL, a condition, or null for nothing at all. */
export function conditionOf(s: Scope, facts: ScopeFacts, dialect: Dialect): Condition {
  const { user } = facts;
  switch (s.kind) {
    case 'association':
      // Members with at least one known role; unknown roles grant nothing, not even master data.
      return user.capabilities.length > 0 ? ALL : null;
    case 'own':
      return can(user, s.capability) ? sql<boolean>`${sql.ref(s.column)} = ${user.id}` : null;
    case 'all':
      return can(user, s.capability) ? ALL : null;
    case 'municipality':
      return can(user, s.capability) ? inList(s.column, facts.municipalityIds) : null;
    case 'mentees':
      return can(user, s.capability) ? inList(s.column, facts.menteeIds) : null;
    case 'named': {
      if (!can(user, s.capability)) return null;
      const named =
        dialect === 'postgres'
          ? sql<boolean>`jsonb_exists(${sql.ref(s.names)}::jsonb, ${user.id})`
          : sql<boolean>`exists (select 1 from json_each(${sql.ref(s.names)}) where value = ${user.id})`;
      return sql<boolean>`(${sql.ref(s.author)} = ${user.id} or ${named})`;
    }
    case 'anyOf': {
      const parts = s.scopes.map((p) => conditionOf(p, facts, dialect));
      if (parts.includes(ALL)) return ALL;
      const conditions = parts.filter((p): p is RawBuilder<boolean> => p !== null);
      return conditions.length === 0 ? null : sql<boolean>`(${sql.join(conditions, sql` or `)})`;
    }
  }
}

/** The columns whose value decides who reads a row by the branches that name people (not ALL). */
export function scopeColumns(s: Scope): string[] {
  switch (s.kind) {
    case 'own':
    case 'municipality':
    case 'mentees':
      return [s.column];
    case 'named':
      return [s.author, s.names];
    case 'anyOf':
      return s.scopes.flatMap(scopeColumns);
    default:
      return [];
  }
}
