import { newId } from '../../shared/ids/ids';
import type { PublishOpenShift } from '../../shared/open-shifts/schema';
import type { PullResponse } from '../../shared/sync/protocol';
import { placeOf } from './assignment-pushes';
import { pullAll } from './pull-all';
import type { TestApp } from './test-app';

/** A shift far from the demo's four weeks of assignments, on a weekday that is no holiday. */
export async function newShift(t: TestApp, over: Partial<PublishOpenShift> = {}): Promise<PublishOpenShift> {
  return {
    id: newId(),
    ...(await placeOf(t)),
    plannedStart: '2027-01-12T07:00:00.000Z',
    plannedEnd: '2027-01-12T11:00:00.000Z',
    task: 'Meldeamt vertreten',
    skills: ['Meldeamt'],
    needsConfirmation: false,
    ...over,
  };
}

/** Rows of one table a person's device holds after a full pull. */
export async function pulledRows<T extends keyof PullResponse['upserts']>(
  t: TestApp,
  cookie: string,
  table: T,
): Promise<PullResponse['upserts'][T]> {
  const { pages } = await pullAll(t, cookie);
  const rows: unknown[] = pages.flatMap((p) => p.upserts[table] as readonly unknown[]);
  return rows as PullResponse['upserts'][T];
}
