import { createResource, createSignal, For, type JSX, Show } from 'solid-js';
import { indexCandidates } from '../../shared/planning/candidate-index';
import { type Candidate, type CandidateSlot, rankCandidates } from '../../shared/planning/candidates';
import { useAuthed } from '../auth/authed-context';
import { announce } from '../ui/announce';
import { CandidateCard } from './candidate-card';
import { deviceRankingData } from './candidates-data';
import { planSuggestion } from './suggestion-actions';
import { st } from './suggestion-texts';

const PAGE = 10;

/**
 * "Vorschläge": the people who fit a slot, best first, with their reasons, ranked on the device from what
 * it holds (works offline); "Einplanen" books the chosen one. Lazy: loaded when a planner asks for it,
 * from the board's form or, once cover requests are there, from a request's fill picker.
 */
export function Suggestions(props: {
  slot: CandidateSlot | null;
  task: string;
  onPlanned?: (personId: string) => void;
}): JSX.Element {
  const { db, user } = useAuthed();
  const [shown, setShown] = createSignal(PAGE);
  const [ranked] = createResource(
    () => props.slot,
    async (slot) =>
      rankCandidates(indexCandidates(await deviceRankingData(db, user.associationId, user.timeZone, slot)), slot),
  );
  const plan = async (c: Candidate) => {
    const slot = props.slot;
    if (!slot) return;
    await planSuggestion(db, slot, c.personId, props.task);
    announce(st('planned', { name: c.displayName }));
    props.onPlanned?.(c.personId);
  };
  // Someone already booked then would be a double booking the server refuses: no button for them.
  const plannable = (c: Candidate) => !c.reasons.some((r) => r.code === 'busy');

  return (
    <section class="board-suggestions" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h3 id="suggestions-title">{st('title')}</h3>
      <Show when={props.slot} fallback={<p class="card-muted">{st('incomplete')}</p>}>
        <p class="card-muted">{st('hint')}</p>
        <Show when={ranked()} keyed>
          {(list) => (
            <Show when={list.length > 0} fallback={<p>{st('none')}</p>}>
              <ol class="suggestion-list">
                <For each={list.slice(0, shown())}>
                  {(c) => (
                    <CandidateCard
                      name={c.displayName}
                      fits={c.fits}
                      days={[{ reasons: c.reasons }]}
                      action={
                        <Show when={plannable(c)}>
                          <button type="button" class="btn" onClick={() => void plan(c)}>
                            {st('plan')}
                            <span class="sr-only"> {c.displayName}</span>
                          </button>
                        </Show>
                      }
                    />
                  )}
                </For>
              </ol>
              <Show when={list.length > shown()}>
                <button type="button" class="btn" onClick={() => setShown(shown() + PAGE)}>
                  {st('more')}
                </button>
              </Show>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
