import { type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import type { Controller } from './board-controller';
import { type ChipView, chipView, namesOf } from './chip-view';
import type { Marker } from './markers';

/** One marker in a cell: an assignment is a button (edit, or the target while moving); the rest is text. */
export function MarkerChip(props: { marker: Marker; ctl: Controller; tabbable: boolean }): JSX.Element {
  const { user, lookups } = useAuthed();
  const names = () =>
    namesOf({ municipalities: lookups.municipalities(), sites: lookups.sites(), serviceTypes: lookups.serviceTypes() });
  return <Chip view={chipView(props.marker, names(), user.timeZone)} ctl={props.ctl} tabbable={props.tabbable} />;
}

/**
 * A chip drawn from its prepared view (chip-view.ts): two nodes and two live bindings (picked and the Tab
 * stop), since the grid draws a few hundred of them while scrolling.
 */
export function Chip(props: { view: ChipView; ctl: Controller; tabbable: boolean }): JSX.Element {
  const v = () => props.view;
  return (
    <Show
      when={v().assignmentId}
      fallback={
        <span class={`chip chip-${v().kind}`} data-testid={`marker-${v().kind}`}>
          {v().text}
        </span>
      }
    >
      <button
        type="button"
        class="chip chip-assignment"
        classList={{
          'is-cancelled': v().cancelled,
          'is-picked': props.ctl.picking()?.assignment.id === v().assignmentId,
        }}
        tabindex={props.tabbable ? 0 : -1}
        aria-label={v().label}
        data-testid="board-assignment"
        onClick={(ev) => {
          ev.stopPropagation();
          props.ctl.marker(v().marker);
        }}
      >
        {v().text}
      </button>
    </Show>
  );
}
