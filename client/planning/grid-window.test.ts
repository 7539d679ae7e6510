import { describe, expect, it } from 'vitest';
import { columnSpan, HEAD, ROW, rowSpan, scrollInto } from './grid-window';

describe('rowSpan', () => {
  it('draws the rows in view and three either side, within the rows there are', () => {
    expect(rowSpan(0, 640, 200)).toEqual([0, 9]);
    // Scrolled to row 50: rows 47 to 59 (the view shows 50 to 55 and part of 56).
    expect(rowSpan(HEAD + 50 * ROW, 640, 200)).toEqual([47, 60]);
    expect(rowSpan(HEAD + 198 * ROW, 640, 200)).toEqual([195, 200]);
  });
  it('draws nothing past the end when there are few rows', () => {
    expect(rowSpan(0, 640, 2)).toEqual([0, 2]);
    expect(rowSpan(5000, 640, 0)).toEqual([0, 0]);
  });
});

describe('columnSpan', () => {
  it('draws the columns in view beside the person column, and two either side', () => {
    // 1,200 px wide, 208 px person column, 120 px columns: columns 0 to 8 are in view.
    expect(columnSpan(0, 1200, 48, 120, 208)).toEqual([0, 11]);
    expect(columnSpan(1200, 1200, 48, 120, 208)).toEqual([8, 21]);
    expect(columnSpan(100_000, 1200, 48, 120, 208)).toEqual([48, 48]);
  });
});

describe('scrollInto', () => {
  it('scrolls only as far as needed to show the whole span below the covered lead', () => {
    expect(scrollInto(0, 600, 52, 152, 100)).toBe(0);
    expect(scrollInto(0, 600, 52, 652, 100)).toBe(152);
    expect(scrollInto(1000, 600, 52, 952, 100)).toBe(900);
  });
});
