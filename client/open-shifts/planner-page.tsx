import { A } from '@solidjs/router';
import { createMemo, For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { trustedNow } from '../sync/server-clock';
import { PageTitle } from '../ui/page-title';
import { PlannerShiftCard } from './planner-shift-card';
import { plannerOrder } from './planner-order';
import { ot } from './planner-texts';
import { PublishForm } from './publish-form';
import '../ui/checks.css';
import './open-shifts.css';

/**
 * Planners' open shifts (/planung/offene-dienste, a lazy chunk of its own, guarded in planning-page.tsx): the
 * form to publish one and the published ones with their state, read from the device; actions need the server.
 */
export function OpenShiftsPlannerPage(): JSX.Element {
  const { db } = useAuthed();
  const shifts = createLiveQuery(() => db.openShifts.toArray(), []);
  const people = createLiveQuery(() => db.people.toArray(), []);
  const nameOf = createMemo(() => new Map(people().map((p) => [p.id, p.displayName])));
  const shown = createMemo(() => plannerOrder(shifts(), trustedNow()));
  const byId = createMemo(() => new Map(shown().map((s) => [s.id, s])));
  return (
    <>
      <PageTitle>{ot('title')}</PageTitle>
      <p>{ot('intro')}</p>
      <p>
        <A href="/planung">{ot('boardLink')}</A>
      </p>
      <section class="card space-top">
        <PublishForm />
      </section>
      <section aria-labelledby="planner-shifts-title" class="space-top">
        <h2 id="planner-shifts-title">{ot('listHeading')}</h2>
        <Show when={shown().length > 0} fallback={<p class="empty">{ot('none')}</p>}>
          <ul class="plain-list" data-testid="planner-shifts">
            {/* Keyed by id: a pulled new version of a shift keeps its card (and the answer it shows). */}
            <For each={shown().map((s) => s.id)}>
              {(id) => (
                <Show when={byId().get(id)}>
                  {(s) => <PlannerShiftCard shift={s()} claimant={nameOf().get(s().claimedBy ?? '') ?? ''} />}
                </Show>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}
