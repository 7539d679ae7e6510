/**
 * The planning board's desktop grid alone in a page, for bench/planner-board.ts: the device database
 * filled with 200 people and six weeks of assignments, the board drawn from it (the app's createBoard,
 * createController and BoardGrid unchanged), then scrolled through.
 */
import { Route, Router } from '@solidjs/router';
import Dexie from 'dexie';
import { onMount, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { AuthedProvider, useAuthed } from '../../client/auth/authed-context';
import { LocalDb } from '../../client/db/local-db';
import { BoardGrid } from '../../client/planning/board-grid';
import { createController } from '../../client/planning/board-controller';
import { createBoard } from '../../client/planning/board-state';
import '../../client/ui/app.css';
import '../../client/planning/planning.css';
import { type BoardPageApi, nextFrame, scrollThrough } from './page-probe';
import {
  PLANNER_MONDAY,
  PLANNER_TIME_ZONE,
  PLANNER_WEEKS,
  plannerAssignments,
  plannerMunicipalities,
  plannerPeople,
} from './planner-data';

// Dexie's debug mode (on for pages served from 127.0.0.1) wraps every operation; the app's host has it off.
Dexie.debug = false;

const db = new LocalDb('bench-planner');
const root = document.getElementById('root')!;
root.classList.add('main-wide');
const user = {
  id: '0193a5c0-9999-7000-8000-000000000001',
  associationId: '0193a5c0-9999-7000-8000-000000000002',
  associationName: 'Gemeindeverband',
  timeZone: PLANNER_TIME_ZONE,
  email: 'planung@verband.example',
  displayName: 'Planung',
  roles: ['coordinator' as const],
  // The board asks can(user, …), which reads roles; the server's list is not needed here.
  capabilities: [],
};
let dispose: (() => void) | undefined;

function Board(props: { drawn: () => void }) {
  const authed = useAuthed();
  const board = createBoard(authed.db, authed.user);
  board.setWeeks(PLANNER_WEEKS);
  const ctl = createController(authed.db, board, authed.lookups, authed.user.timeZone);
  return (
    <Show when={board.markers() && board.people().length > 0}>
      <Drawn drawn={props.drawn}>
        <BoardGrid board={board} ctl={ctl} />
      </Drawn>
    </Show>
  );
}

function Drawn(props: { drawn: () => void; children: unknown }) {
  onMount(() => props.drawn());
  return <>{props.children}</>;
}

const scroller = () => root.querySelector<HTMLElement>('[data-testid="board-grid"]')!;

const api: BoardPageApi = {
  async seed(n) {
    await db.open();
    const people = plannerPeople(n);
    await db.transaction('rw', [db.people, db.assignments, db.municipalities], async () => {
      await Promise.all([db.people.clear(), db.assignments.clear()]);
      await db.people.bulkPut(people);
      await db.assignments.bulkPut(plannerAssignments(people));
      await db.municipalities.bulkPut(plannerMunicipalities);
    });
    return db.assignments.count();
  },
  async render() {
    dispose?.();
    root.textContent = '';
    history.replaceState(null, '', `?woche=${PLANNER_MONDAY}`);
    await nextFrame();
    const started = performance.now();
    const drawn = new Promise<void>((resolve) => {
      dispose = render(
        () => (
          <Router>
            <Route
              path="*"
              component={() => (
                <AuthedProvider db={db} user={user}>
                  <Board drawn={resolve} />
                </AuthedProvider>
              )}
            />
          </Router>
        ),
        root,
      );
    });
    await drawn;
    await nextFrame();
    return { ms: performance.now() - started, cells: root.querySelectorAll('td.board-cell').length };
  },
  scroll: (step) => scrollThrough(scroller(), step),
};

window.boardBench = api;
