type Names = { displayName: string; email: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What erasure does to the audit log's values (issue 15): every text naming the person by name or
 * e-mail gets the pseudonym instead, at any depth of the JSON value; everything else stays. It is the
 * `replace` of the audit log's narrow redaction path (`redactAudit`, branch audit), whose terms are the
 * same name and e-mail.
 */
export function personRedaction(from: Names, to: Names): (value: unknown) => unknown {
  const pairs = [
    [from.email, to.email],
    [from.displayName, to.displayName],
  ].filter(([term]) => term !== '') as [string, string][];
  const patterns = pairs.map(([term, by]) => [new RegExp(escapeRegExp(term), 'gi'), by] as const);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return patterns.reduce((s, [re, by]) => s.replace(re, by), v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk;
}
