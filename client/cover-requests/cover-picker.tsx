import { createSignal, For, type JSX, Show } from 'solid-js';
import type { CoverRequest } from '../../shared/cover-requests/schema';
import type { RequestCandidate } from '../../shared/planning/request-candidates';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDayShort, t } from '../i18n/i18n';
import { CandidateCard } from '../planning/candidate-card';
import { announce } from '../ui/announce';
import { focusAfter } from '../ui/focus';
import { fillCoverRequest } from './local-writes';
import { rankRequestOnDevice } from './request-ranking';
import { dayOf } from './slots';
import { ct } from './texts';

// A phone shows the best three at once; more on request.
const PAGE = 3;

/**
 * Where a planner picks who covers a request: the people who fit, best first, each with the reasons for every
 * day, ranked on the device from what it holds (works offline; it re-ranks when a sync brings new bookings).
 * Picking one queues the fill, which creates the assignments when the server accepts it; someone booked at
 * that time gets no button, as the server would refuse the double booking.
 */
export function CoverPicker(props: { request: CoverRequest }): JSX.Element {
  const { db, user } = useAuthed();
  const [shown, setShown] = createSignal(PAGE);
  const ranked = createLiveQuery<RequestCandidate[] | undefined>(
    () => rankRequestOnDevice(db, user, props.request),
    undefined,
    () => props.request,
  );
  const headingId = () => `cover-${props.request.id}-candidates`;
  const dayLabel = (i: number) => {
    const slot = props.request.slots[i];
    if (!slot || props.request.slots.length < 2) return undefined;
    const d = dayOf(slot, user.timeZone);
    return `${formatDayShort(d.date)}, ${d.from}–${d.to}`;
  };
  const pick = async (c: RequestCandidate, button: HTMLElement) => {
    await fillCoverRequest(db, props.request, c.personId);
    announce(ct('assigned', { name: c.displayName }));
    focusAfter(['#cover-requests-list', 'main h1'], button);
  };
  return (
    <section class="cover-picker" aria-labelledby={headingId()} data-testid="cover-picker">
      <h4 id={headingId()}>{ct('candidates')}</h4>
      <Show when={ranked()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">{ct('noCandidates')}</p>}>
            <p class="card-muted">{ct('candidatesHint')}</p>
            <ol class="suggestion-list">
              <For each={list().slice(0, shown())}>
                {(c) => (
                  <CandidateCard
                    name={c.displayName}
                    fits={c.fits}
                    days={c.days.map((d, i) => ({ label: dayLabel(i), reasons: d.reasons }))}
                    action={
                      <Show when={!c.days.some((d) => d.reasons.some((r) => r.code === 'busy'))}>
                        <button
                          type="button"
                          class="btn btn-primary"
                          data-testid="cover-assign"
                          onClick={(e) => void pick(c, e.currentTarget)}
                        >
                          {ct('assign')}
                          <span class="sr-only"> {c.displayName}</span>
                        </button>
                      </Show>
                    }
                  />
                )}
              </For>
            </ol>
            <Show when={list().length > shown()}>
              <button type="button" class="btn" onClick={() => setShown(shown() + PAGE)}>
                {ct('moreCandidates')}
              </button>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
