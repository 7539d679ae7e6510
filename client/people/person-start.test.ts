import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { freshDbs } from '../testing/fresh-dbs';
import { emptyValues } from './person-values';
import { startOf } from './person-start';

const fresh = freshDbs('person-start');

describe('startOf', () => {
  it('starts empty without a problem, or with one that is no refused person', async () => {
    const db = fresh();
    expect(await startOf(db, undefined)).toEqual({ values: emptyValues, problemId: null, issues: [] });
    expect((await startOf(db, '7')).problemId).toBeNull();
  });

  it('opens a refused new person with her data and the e-mail marked as taken', async () => {
    const db = fresh();
    const id = newId();
    const args = {
      id,
      displayName: 'Miriam Pucher',
      email: 'miriam@fremd.example',
      roles: ['staff'],
      skills: ['Meldeamt'],
      municipalityId: null,
      employingBody: '',
      weeklyTargetMinutes: 1200,
      activeFrom: null,
      activeTo: null,
      dateOfBirth: null,
      trainingOccupation: '',
      trainingFrom: null,
      trainingTo: null,
    };
    await db.problems.put({
      mutationId: 7,
      table: 'personProfiles',
      rowId: id,
      name: 'personProfile.create',
      args: args as never,
      code: 'email_taken',
      message: 'This e-mail address is already taken',
      at: '2026-11-18T09:00:00.000Z',
    });
    const start = await startOf(db, '7');
    expect(start.problemId).toBe(7);
    expect(start.values).toMatchObject({
      displayName: 'Miriam Pucher',
      email: 'miriam@fremd.example',
      weeklyHours: '20',
    });
    expect(start.issues).toMatchObject([{ path: 'email', code: 'email_taken' }]);
  });
});
