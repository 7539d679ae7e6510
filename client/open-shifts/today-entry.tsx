import { type JSX, lazy, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { useAuthed } from '../auth/authed-context';

// Loaded only for people who work shifts themselves: a contact's first download stays as it was.
const OpenShiftsSection = lazy(() => import('./open-shifts-section').then((m) => ({ default: m.OpenShiftsSection })));

/** "Offene Dienste" on "Heute" for everyone who may claim one. */
export function OpenShiftsOnToday(): JSX.Element {
  const { user } = useAuthed();
  return (
    <Show when={can(user, 'assignments.work-own')}>
      <OpenShiftsSection />
    </Show>
  );
}
