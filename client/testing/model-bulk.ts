import type { MiniWorld } from '../../server/testing/mini-seed';
import type { ModelDevice } from './model-device';
import { coordinatorStep, createEntry, editEntry } from './model-steps';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/**
 * A long offline day meets short edits: one device creates 120-300 entries offline, editing notes of
 * rows both devices hold in between, then pushes (several server transactions) while the other device
 * keeps pushing short edits of other fields of the same rows and the coordinator moves assignments.
 * Overlapping transactions on one row are where an acknowledged change can be lost (issue 10).
 */
export async function bulkRound(
  long: ModelDevice,
  short: ModelDevice,
  coordinator: ModelDevice,
  world: MiniWorld,
): Promise<void> {
  const r = long.random;
  for (const d of [long, short]) Object.assign(d.faults, { online: true, dropReplies: false });
  // Rows both devices hold, so both can edit them.
  for (let i = 0; i < 4; i++) await createEntry(short, world);
  await short.engine.sync();
  await long.engine.sync();
  const shared = (await long.db.timeEntries.toArray()).filter((e) => e.state === 'draft' && e.rev > 0).map((e) => e.id);

  long.faults.online = false;
  const count = 120 + Math.floor(r() * 181);
  for (let i = 0; i < count; i++) {
    // Mostly notes (merge with the short edits); sometimes the same field (a conflict to answer).
    if (i % 25 === 12 && shared.length > 0)
      await editEntry(long, world, pick(r, shared), r() < 0.8 ? 'note' : 'municipalityId');
    await createEntry(long, world);
  }
  long.faults.online = true;
  long.faults.dropReplies = r() < 0.2;

  let done = false;
  const push = long.engine.sync().finally(() => {
    done = true;
  });
  const edits = (async () => {
    for (let i = 0; i < 40 && !done && shared.length > 0; i++) {
      await editEntry(
        short,
        world,
        pick(short.random, shared),
        short.random() < 0.5 ? 'breakMinutes' : 'municipalityId',
      );
      await short.engine.sync();
    }
  })();
  const planner = (async () => {
    for (let i = 0; i < 3; i++) await coordinatorStep(coordinator, world.people);
  })();
  await Promise.all([push, edits, planner]);
  long.faults.dropReplies = false;
}
