import { describe, expect, it } from 'vitest';
import { idSchema, newId } from '../ids/ids';
import { occurrenceId } from './occurrence-id';

describe('occurrence ids', () => {
  it('are valid ids, the same for the same series and date, different otherwise', () => {
    const a = newId();
    const b = newId();
    const id = occurrenceId(a, '2027-03-02');
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(occurrenceId(a, '2027-03-02')).toBe(id);
    expect(occurrenceId(a, '2027-03-09')).not.toBe(id);
    expect(occurrenceId(b, '2027-03-02')).not.toBe(id);
  });
});
