/**
 * One cookie's value from a Cookie header, or undefined. Every authenticated request reads the session
 * cookie, and parsing the whole header into an object (hono/cookie) cost more than the rest of the
 * cookie handling; this finds the one name. Values are percent-decoded like hono's parser does.
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  let from = 0;
  while (from < header.length) {
    const at = header.indexOf(name, from);
    if (at === -1) return undefined;
    const end = at + name.length;
    // A whole name: at the start or after "; " (or ";"), and followed by "=".
    const before = at === 0 ? ';' : header[at - 1] === ' ' ? (header[at - 2] ?? ';') : header[at - 1];
    if ((at === 0 || before === ';') && header[end] === '=') {
      const stop = header.indexOf(';', end + 1);
      let value = (stop === -1 ? header.slice(end + 1) : header.slice(end + 1, stop)).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      if (!value.includes('%')) return value;
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
    from = end;
  }
  return undefined;
}
