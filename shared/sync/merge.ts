/** Result of merging one edit (base -> changes) into the server's current row. */
export type MergeResult<T> = { merged: T; conflicts: (keyof T)[]; changedFields: (keyof T)[] };

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Field-level three-way merge: a field applies when the server still has the value the edit
 * started from (or already has the new one); otherwise it is a conflict, never a silent overwrite.
 */
export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

export function threeWayMerge<T extends object>(server: T, base: Loose<T>, changes: Loose<T>): MergeResult<T> {
  const merged = { ...server };
  const conflicts: (keyof T)[] = [];
  const changedFields: (keyof T)[] = [];
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const mine = changes[key];
    if (mine === undefined) continue;
    if (same(server[key], mine)) continue;
    if (key in base && same(server[key], base[key])) {
      merged[key] = mine;
      changedFields.push(key);
    } else {
      conflicts.push(key);
    }
  }
  return { merged, conflicts, changedFields };
}

/** Fields whose server value is no longer what the device saw. */
export function differingFields<T extends object>(server: T, seen: Loose<T>): (keyof T)[] {
  return (Object.keys(seen) as (keyof T)[]).filter((k) => seen[k] !== undefined && !same(server[k], seen[k]));
}

/** The row with the given changes laid over it; undefined means "not changed". */
export function applyChanges<T extends object>(row: T, changes: Loose<T>): T {
  const next = { ...row };
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const v = changes[key];
    if (v !== undefined) next[key] = v;
  }
  return next;
}
