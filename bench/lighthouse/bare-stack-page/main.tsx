// The reference page for Lighthouse: the app's stack (Solid, router, Dexie, a registered service
// worker) with nothing of the app, so its score is what the stack alone costs on this machine.
import { Route, Router } from '@solidjs/router';
import Dexie, { type EntityTable, liveQuery } from 'dexie';
import { createSignal, type JSX, onCleanup } from 'solid-js';
import { render } from 'solid-js/web';
import { useRegisterSW } from 'virtual:pwa-register/solid';

type Note = { id: string; text: string };
const db = new Dexie('bare-stack') as Dexie & { notes: EntityTable<Note, 'id'> };
db.version(1).stores({ notes: 'id' });

function Home(): JSX.Element {
  useRegisterSW({ immediate: true });
  const [count, setCount] = createSignal<number | null>(null);
  const sub = liveQuery(() => db.notes.count()).subscribe({ next: setCount });
  onCleanup(() => sub.unsubscribe());
  return (
    <main>
      <h1>Bare stack</h1>
      <p>Notes stored: {count() ?? '…'}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing');
render(
  () => (
    <Router>
      <Route path="/" component={Home} />
    </Router>
  ),
  root,
);
