/** How deep and how long a JSON body may be before it is parsed; sized per route to what it needs. */
export type JsonShapeLimits = { maxDepth: number; maxItems: number };

/**
 * Checks a JSON text's shape as it arrives, piece by piece, without allocating: parsing and
 * validating a hostile body (four million nested brackets, a million empty objects in a list) took
 * seconds; its shape gives it away in the first piece, before the rest is even read. Malformed JSON
 * passes here and is left for JSON.parse to refuse.
 */
export class JsonShapeScanner {
  // Items so far in each open container (arrays and objects alike: members count as items too).
  private readonly items: Int32Array;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limits: JsonShapeLimits) {
    this.items = new Int32Array(limits.maxDepth + 1);
  }

  /** Why the text so far exceeds the limits, or null. */
  feed(text: string): string | null {
    const { maxDepth, maxItems } = this.limits;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === 0x5c) this.escaped = true;
        else if (ch === 0x22) this.inString = false;
        continue;
      }
      if (ch === 0x22) this.inString = true;
      else if (ch === 0x5b || ch === 0x7b) {
        if (++this.depth > maxDepth) return `JSON nested deeper than ${maxDepth} levels`;
        this.items[this.depth] = 0;
      } else if (ch === 0x5d || ch === 0x7d) {
        if (this.depth > 0) this.depth--;
      } else if (ch === 0x2c && this.depth > 0) {
        if (++this.items[this.depth]! >= maxItems) return `JSON list or object with more than ${maxItems} items`;
      }
    }
    return null;
  }
}

/** The whole text at once: why it exceeds the limits, or null. */
export const jsonShapeProblem = (text: string, limits: JsonShapeLimits): string | null =>
  new JsonShapeScanner(limits).feed(text);
