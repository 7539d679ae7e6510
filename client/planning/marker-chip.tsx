import { type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { timeRange } from '../assignments/queries';
import type { Controller } from './board-controller';
import { markerText } from './marker-text';
import type { Marker } from './markers';
import { pt } from './texts';

/** One marker in a cell: an assignment is a button (edit, or the target while moving); the rest is text. */
export function MarkerChip(props: { marker: Marker; ctl: Controller; tabbable: boolean }): JSX.Element {
  const { user, lookups } = useAuthed();
  const label = () => markerText(props.marker);
  return (
    <Show
      when={props.marker.assignment}
      fallback={
        <span class={`chip chip-${props.marker.kind}`} data-testid={`marker-${props.marker.kind}`}>
          {label()}
        </span>
      }
    >
      {(a) => (
        <button
          type="button"
          class="chip chip-assignment"
          classList={{
            'is-cancelled': a().status === 'cancelled',
            'is-picked': props.ctl.picking()?.assignment.id === a().id,
          }}
          tabindex={props.tabbable ? 0 : -1}
          data-testid="board-assignment"
          onClick={(ev) => {
            ev.stopPropagation();
            props.ctl.marker(props.marker);
          }}
        >
          {/* Few nodes per chip: a board in view holds a few hundred of them, redrawn while scrolling. */}
          <span class="chip-time">{timeRange(a(), user.timeZone)}</span>
          {lookups.municipality(a().municipalityId)?.name ?? ''}
          <span class="sr-only">
            {`, ${lookups.site(a().siteId)?.name ?? ''}, ${lookups.serviceType(a().serviceTypeId)?.name ?? ''}`}
            {a().status === 'cancelled' ? `, ${pt('cancelled')}` : ''}
          </span>
        </button>
      )}
    </Show>
  );
}
