import type { Dialect } from '../db/database';

/**
 * Bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER (32,766 since 3.32)
 * and PostgreSQL's wire protocol, which counts parameters in 16 bits.
 */
export const MAX_PARAMS: Record<Dialect, number> = { sqlite: 32_766, postgres: 65_535 };

/**
 * `items` cut into runs whose statements stay within `maxParams`: each item binds `perItem`
 * parameters, and every statement `fixed` more (a tenant id in the WHERE clause, say).
 */
export function chunksOf<T>(items: readonly T[], perItem: number, maxParams: number, fixed = 0): T[][] {
  const size = Math.floor((maxParams - fixed) / perItem);
  if (size < 1) throw new Error(`A statement of ${perItem} parameters per item cannot fit in ${maxParams}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
