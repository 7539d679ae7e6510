import { AppError } from '../../shared/errors/errors';
import { newId } from '../../shared/ids/ids';
import { planRecord, stationRecord } from '../../shared/rotation/record';
import { overlapIssue, overlapsOf, shiftYears, stationIssues } from '../../shared/rotation/rules';
import {
  type PlanInput,
  planEditableFields,
  type RotationPlan,
  type Station,
  type StationInput,
  stationEditableFields,
} from '../../shared/rotation/schema';
import { issuesFromZod } from '../../shared/errors/errors';
import { z } from 'zod';
import type { LocalDb } from '../db/local-db';
import { localWriter } from '../sync/local-write';
import { trustedNow } from '../sync/server-clock';
import { planRows, stationRows } from './rotation-rows';

const stations = localWriter(stationRecord, stationRows);
const plans = localWriter(planRecord, planRows);
const stationInput = z.object(stationEditableFields);

/** The checks the device can make itself (the server makes them again, and checks the mentors). */
async function check(db: LocalDb, s: StationInput & { id: string }): Promise<void> {
  const parsed = stationInput.safeParse(s);
  if (!parsed.success) throw new AppError('validation_failed', 'Invalid station', issuesFromZod(parsed.error));
  const issues = stationIssues(s);
  const [other] = overlapsOf(s, await db.rotationStations.where('apprenticeId').equals(s.apprenticeId).toArray());
  if (other) issues.push(overlapIssue(other));
  if (issues.length > 0) throw new AppError('validation_failed', 'Invalid station', issues);
}

export async function createStation(db: LocalDb, input: StationInput, now = trustedNow()): Promise<Station> {
  const id = newId();
  await check(db, { ...input, id });
  return stations.create(db, { ...input, id, rev: 0, updatedAt: now.toISOString() }, now);
}

export async function updateStation(db: LocalDb, id: string, changes: Partial<StationInput>, now = trustedNow()) {
  const row = await db.rotationStations.get(id);
  if (row) await check(db, { ...row, ...changes });
  return stations.update(db, id, changes, now);
}

export const deleteStation = (db: LocalDb, id: string, now = trustedNow()) => stations.delete(db, id, now);

export async function createPlan(db: LocalDb, input: PlanInput, now = trustedNow()): Promise<RotationPlan> {
  const parsed = z.object(planEditableFields).safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', 'Invalid plan', issuesFromZod(parsed.error));
  return plans.create(db, { ...parsed.data, id: newId(), rev: 0, updatedAt: now.toISOString() }, now);
}

export const updatePlan = (db: LocalDb, id: string, changes: Partial<PlanInput>, now = trustedNow()) =>
  plans.update(db, id, changes, now);

/**
 * "Copy plan for next intake": `from`'s stations a year later for apprentice `to`, and the plan's
 * training areas; refused as a whole when a copied station would overlap one `to` has.
 */
export async function copyPlan(db: LocalDb, from: string, to: string, now = trustedNow()): Promise<Station[]> {
  const source = await db.rotationStations.where('apprenticeId').equals(from).sortBy('startsOn');
  const copies = source.map((s) => ({
    ...s,
    id: newId(),
    apprenticeId: to,
    startsOn: shiftYears(s.startsOn, 1),
    endsOn: shiftYears(s.endsOn, 1),
  }));
  for (const c of copies) await check(db, c);
  const plan = (await db.rotationPlans.toArray()).find((p) => p.apprenticeId === from);
  const target = (await db.rotationPlans.toArray()).find((p) => p.apprenticeId === to);
  if (plan && !target) await createPlan(db, { apprenticeId: to, trainingAreas: plan.trainingAreas }, now);
  const out: Station[] = [];
  for (const c of copies) out.push(await stations.create(db, { ...c, rev: 0, updatedAt: now.toISOString() }, now));
  return out;
}
