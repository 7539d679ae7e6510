/**
 * The people list alone in a page, for bench/people-list.ts: the device database filled with the bench's
 * profiles, the list drawn from it, and a search typed into it, each timed to the next frame.
 */
import { Route, Router } from '@solidjs/router';
import { render } from 'solid-js/web';
import { LocalDb } from '../../client/db/local-db';
import { PeopleList } from '../../client/people/people-list';
import '../../client/ui/app.css';
import '../../client/people/people.css';
import { benchMunicipalities, benchProfiles } from './people-data';

const db = new LocalDb('bench-people');
let dispose: (() => void) | undefined;
const root = document.getElementById('root')!;

/** After the browser has laid out and painted what the last change drew. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const rowsDrawn = () => root.querySelectorAll('[data-testid="people-list"] li').length;

const api = {
  async seed(n: number): Promise<number> {
    await db.open();
    await db.transaction('rw', db.personProfiles, db.municipalities, async () => {
      await db.personProfiles.clear();
      await db.personProfiles.bulkPut(benchProfiles(n));
      await db.municipalities.bulkPut(benchMunicipalities);
    });
    return db.personProfiles.count();
  },
  /** From reading the device database to the first frame of the list; returns ms and rows drawn. */
  async render(): Promise<{ ms: number; rows: number }> {
    dispose?.();
    root.textContent = '';
    await nextFrame();
    const started = performance.now();
    const [profiles, municipalities] = await Promise.all([db.personProfiles.toArray(), db.municipalities.toArray()]);
    const List = () => (
      <PeopleList profiles={profiles} municipalities={municipalities} href={(id) => `/verwaltung/personen/${id}`} />
    );
    dispose = render(
      () => (
        <Router>
          <Route path="*" component={List} />
        </Router>
      ),
      root,
    );
    await nextFrame();
    return { ms: performance.now() - started, rows: rowsDrawn() };
  },
  /** One keystroke: the search field's new text, to the frame that shows its result. */
  async type(text: string): Promise<{ ms: number; rows: number }> {
    const input = document.getElementById('people-search') as HTMLInputElement;
    const started = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await nextFrame();
    return { ms: performance.now() - started, rows: rowsDrawn() };
  },
};

(window as unknown as { peopleBench: typeof api }).peopleBench = api;
