import { type JSX, Show } from 'solid-js';
import type { Assignment } from '../../shared/assignments/schema';
import { DOUBLE_BOOKED } from '../../shared/planning/double-booking';
import { dateIn, timeIn } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import type { LocalDb, ProblemRecord } from '../db/local-db';
import { createLiveQuery } from '../db/live';
import { formatDayShort, t } from '../i18n/i18n';
import { changedValues } from './problem-actions';

/** The assignment a refused booking clashes with, as the server named it (null when it named none). */
export const clashingAssignmentId = (p: ProblemRecord): string | null =>
  p.code === DOUBLE_BOOKED ? (p.details?.find((d) => d.code === DOUBLE_BOOKED)?.message ?? null) : null;

type Booking = Pick<Assignment, 'personId' | 'plannedStart' | 'plannedEnd' | 'municipalityId'>;

/** The refused booking as sent: its values, completed from the row here for an edit that sent only some. */
async function refusedBooking(db: LocalDb, p: ProblemRecord): Promise<Booking | null> {
  const sent = changedValues(p) as Partial<Booking>;
  const row = await db.assignments.get(p.rowId);
  const b = { ...row, ...sent };
  return b.personId && b.plannedStart && b.plannedEnd && b.municipalityId ? (b as Booking) : null;
}

/**
 * For a refused double booking: whom it was for and when, and what was booked there meanwhile, so the
 * coordinator whose offline booking lost sees both without searching the board (the winning assignment
 * has come down with the same sync).
 */
export function ProblemClash(props: { problem: ProblemRecord }): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const id = clashingAssignmentId(props.problem);
  const lines = createLiveQuery(async () => {
    if (!id) return null;
    const mine = await refusedBooking(db, props.problem);
    const theirs = await db.assignments.get(id);
    const nameOf = async (b: Booking | null | undefined) =>
      b ? ((await db.people.get(b.personId))?.displayName ?? t('app.unknown')) : '';
    return { mine, theirs: theirs ?? null, mineName: await nameOf(mine), theirName: await nameOf(theirs) };
  }, null);
  const params = (b: Booking, person: string) => {
    const start = new Date(b.plannedStart);
    return {
      person,
      day: formatDayShort(dateIn(user.timeZone, start)),
      from: timeIn(user.timeZone, start),
      to: timeIn(user.timeZone, new Date(b.plannedEnd)),
      municipality: lookups.municipality(b.municipalityId)?.name ?? '',
    };
  };
  return (
    <Show when={lines()}>
      {(l) => (
        <>
          <Show when={l().mine}>
            {(b) => <p data-testid="problem-booking">{t('sync.refusedBooking', params(b(), l().mineName))}</p>}
          </Show>
          <Show when={l().theirs}>
            {(b) => <p data-testid="problem-clash">{t('sync.clashWith', params(b(), l().theirName))}</p>}
          </Show>
        </>
      )}
    </Show>
  );
}
