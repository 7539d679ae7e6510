import { type JSX, lazy, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { useAuthed } from '../auth/authed-context';

// Loaded only for apprentices: everyone else's first download stays as it was.
const WhereWhenSection = lazy(() => import('./where-when-section').then((m) => ({ default: m.WhereWhenSection })));

/** "Wo bin ich wann" on Heute, for people who keep a training record. */
export function RotationOnToday(): JSX.Element {
  const { user } = useAuthed();
  return (
    <Show when={can(user, 'training.keep-record')}>
      <WhereWhenSection />
    </Show>
  );
}
