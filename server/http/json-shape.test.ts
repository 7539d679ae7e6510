import { describe, expect, it } from 'vitest';
import { JsonShapeScanner, jsonShapeProblem } from './json-shape';

const limits = { maxDepth: 4, maxItems: 3 };

describe('jsonShapeProblem', () => {
  it('passes JSON within the limits, brackets and commas inside strings not counted', () => {
    expect(jsonShapeProblem('{"a":[1,2,3],"b":{"c":"[[[[[,,,,\\"]]"}}', limits)).toBeNull();
    expect(jsonShapeProblem('[[[[]]]]', limits)).toBeNull();
  });

  it('names too deep nesting and too many items', () => {
    expect(jsonShapeProblem('[[[[[]]]]]', limits)).toMatch(/deeper than 4/);
    expect(jsonShapeProblem('[1,2,3,4]', limits)).toMatch(/more than 3 items/);
    expect(jsonShapeProblem('{"a":1,"b":2,"c":3,"d":4}', limits)).toMatch(/more than 3 items/);
  });

  it('scans a piece at a time, a string or nesting continuing across pieces', () => {
    const scanner = new JsonShapeScanner(limits);
    expect(scanner.feed('{"a":"x\\')).toBeNull();
    // The escaped quote does not end the string; the next one does.
    expect(scanner.feed('"",[[')).toBeNull();
    expect(scanner.feed('[')).toBeNull();
    expect(scanner.feed('[')).toMatch(/deeper/);
  });

  // Its speed is a benchmark's business (DEVELOPERS' guide), not a timed test's: a busy CI machine fails those.
  it('passes a well-formed megabyte of nested text with brackets and quotes in strings', () => {
    const text = JSON.stringify(
      Array.from({ length: 900 }, (_, i) => ({
        id: i,
        note: 'Drucker im Lehrerzimmer, "Toner" [leer], {}'.repeat(25),
      })),
    );
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(jsonShapeProblem(text, { maxDepth: 16, maxItems: 1000 })).toBeNull();
  });
});
