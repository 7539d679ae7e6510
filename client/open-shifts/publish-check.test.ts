import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { checkPublish, formIssues, type PublishValues } from './publish-check';

const ZONE = 'Europe/Vienna';
const good = (): PublishValues => ({
  municipalityId: newId(),
  siteId: newId(),
  serviceTypeId: newId(),
  date: '2026-03-30',
  start: '08:00',
  end: '12:00',
  task: '  Tablets einrichten ',
  skills: ['IT-Schulsupport'],
  needsConfirmation: true,
});

describe('checkPublish', () => {
  it('turns the date and times into instants of the zone (summer time) and trims the task', () => {
    const id = newId();
    const result = checkPublish(id, good(), ZONE);
    expect(result.issues).toEqual([]);
    expect(result.input).toMatchObject({
      id,
      plannedStart: '2026-03-30T06:00:00.000Z',
      plannedEnd: '2026-03-30T10:00:00.000Z',
      task: 'Tablets einrichten',
      needsConfirmation: true,
    });
  });
  it('names every empty required field', () => {
    const result = checkPublish(newId(), { ...good(), siteId: '', date: '', end: '' }, ZONE);
    expect(result.input).toBeNull();
    expect(result.issues).toEqual([
      { path: 'siteId', code: 'required' },
      { path: 'date', code: 'required' },
      { path: 'end', code: 'required' },
    ]);
  });
  it('puts the shared schema\'s "end after start" at the end field, and a long task at the task', () => {
    expect(checkPublish(newId(), { ...good(), end: '07:30' }, ZONE).issues).toEqual([
      { path: 'end', code: 'endBeforeStart' },
    ]);
    expect(checkPublish(newId(), { ...good(), task: 'x'.repeat(2001) }, ZONE).issues).toEqual([
      { path: 'task', code: 'tooLong' },
    ]);
  });
  it("maps the server's answers to the fields they name", () => {
    const issues = formIssues([
      { path: 'skills', code: 'missing_skill', message: 'Nobody active holds all these skills' },
      { path: 'plannedStart', code: 'invalid_format', message: '' },
    ]);
    expect(issues).toEqual([
      { path: 'skills', code: 'missing_skill' },
      { path: 'start', code: 'invalid' },
    ]);
  });
});
