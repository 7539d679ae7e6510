import { useNavigate, useSearchParams } from '@solidjs/router';
import { createResource, type JSX, Show } from 'solid-js';
import { timeEntryInputSchema } from '../../shared/time-entries/schema';
import { dateIn, timeIn, weekStart } from '../../shared/time/dates';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { useAuthed } from '../auth/authed-context';
import type { LocalDb } from '../db/local-db';
import { t } from '../i18n/i18n';
import { PageTitle } from '../ui/page-title';
import { EntryForm } from './entry-form';
import { emptyValues, type EntryDraft, type EntryFormValues, valuesOf } from './entry-values';
import { createTimeEntry } from './local-writes';
import { trustedNow } from '../sync/server-clock';

type Start = { values: EntryFormValues; problemId: number | null };
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** Where a new entry starts: from an assignment's plan, from a rejected change, or empty. */
async function startValues(
  db: LocalDb,
  timeZone: string,
  assignmentId: string | undefined,
  problem: string | undefined,
): Promise<Start> {
  const today = dateIn(timeZone, trustedNow());
  const p = problem ? await db.problems.get(Number(problem)) : undefined;
  const rejected = p?.name === 'timeEntry.create' ? timeEntryInputSchema.safeParse(p.args) : undefined;
  if (p && rejected?.success) return { values: valuesOf(rejected.data), problemId: p.mutationId };
  const a = assignmentId ? await db.assignments.get(assignmentId) : undefined;
  if (!a) return { values: emptyValues(today), problemId: null };
  const start = new Date(a.plannedStart);
  const end = new Date(a.plannedEnd);
  return {
    values: {
      ...emptyValues(dateIn(timeZone, start)),
      start: timeIn(timeZone, start),
      end: timeIn(timeZone, end),
      municipalityId: a.municipalityId,
      siteId: a.siteId,
      serviceTypeId: a.serviceTypeId,
      assignmentId: a.id,
    },
    problemId: null,
  };
}

/** Guarded here, not in app.tsx: a direct link by someone whose role lacks it gets a clear message. */
export function NewEntryPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.hours}>
      <NewEntry />
    </RequireCapability>
  );
}

function NewEntry(): JSX.Element {
  const { db, user } = useAuthed();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [start] = createResource(() => startValues(db, user.timeZone, one(params['einsatz']), one(params['problem'])));

  const save = (problemId: number | null) => async (draft: EntryDraft) => {
    // Resending a rejected change: the new entry and the end of the problem are one step.
    await db.transaction('rw', [...db.entryTables, db.outbox, db.problems], async () => {
      await createTimeEntry(db, user, draft);
      if (problemId !== null) await db.problems.delete(problemId);
    });
    const thisWeek = weekStart(dateIn(user.timeZone, trustedNow()));
    navigate(weekStart(draft.date) === thisWeek ? '/zeiten' : `/zeiten?woche=${weekStart(draft.date)}`);
  };

  return (
    <>
      <PageTitle>{t('entry.newTitle')}</PageTitle>
      <Show when={start()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(s) => (
          <>
            <Show when={s().problemId !== null}>
              <p class="notice notice-warn">{t('entry.prefilledFromProblem')}</p>
            </Show>
            <EntryForm initial={s().values} onSave={save(s().problemId)} showErrors={s().problemId !== null} />
          </>
        )}
      </Show>
    </>
  );
}
