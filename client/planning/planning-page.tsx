import { A } from '@solidjs/router';
import { createEffect, createSignal, type JSX, lazy, onCleanup, Show } from 'solid-js';
import { dateIn } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { t } from '../i18n/i18n';
import { trustedNow } from '../sync/server-clock';
import { SelectField } from '../ui/fields';
import { focusAfter } from '../ui/focus';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { WeekNav } from '../ui/week-nav';
import { AssignmentEditor } from './assignment-editor';
import { MAX_WEEKS, skillsOf } from './board-model';
import { BoardGrid } from './board-grid';
import { BoardList } from './board-list';
import { createController } from './board-controller';
import { createBoard } from './board-state';
import { pt } from './texts';
import './planning.css';

/** The planners' open shifts (/planung/offene-dienste): a chunk of its own, reached through this one. */
const OpenShiftsPage = lazy(() =>
  import('../open-shifts/planner-page').then((m) => ({ default: m.OpenShiftsPlannerPage })),
);
export function OpenShiftsPlannerPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.plan}>
      <OpenShiftsPage />
    </RequireCapability>
  );
}

/** Guarded here, not in app.tsx: a direct link by someone whose role lacks it gets a clear message. */
export function PlanningPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.plan}>
      <Planning />
    </RequireCapability>
  );
}

/** The grid needs room for a week of columns; below that the board is a list of one day. */
function createWide(): () => boolean {
  const query = window.matchMedia('(min-width: 900px)');
  const [wide, setWide] = createSignal(query.matches);
  const change = () => setWide(query.matches);
  query.addEventListener('change', change);
  onCleanup(() => query.removeEventListener('change', change));
  return wide;
}

function Planning(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const board = createBoard(db, user);
  const ctl = createController(db, board, lookups, user.timeZone);
  const wide = createWide();
  // The grid needs the whole width of a desktop screen, not the reading column of other pages.
  createEffect(() => document.querySelector('main')?.classList.toggle('main-wide', wide()));
  onCleanup(() => document.querySelector('main')?.classList.remove('main-wide'));
  const all = { value: '', label: pt('all') };
  const setFilter = (k: 'municipalityId' | 'serviceTypeId' | 'skill') => (v: string) =>
    board.setFilters({ ...board.filters(), [k]: v });
  const weekOptions = Array.from({ length: MAX_WEEKS }, (_, i) => ({
    value: String(i + 1),
    label: i === 0 ? pt('weeksOne') : pt('weeksOption', { n: i + 1 }),
  }));
  return (
    <div class="planning">
      <PageTitle>{pt('title')}</PageTitle>
      <WeekNav path="/planung" monday={board.monday()} thisMonday={board.thisMonday()} />
      <p>
        <A href="/planung/serien" data-testid="series-link">
          {pt('seriesLink')}
        </A>
        {' · '}
        <A href="/planung/ausbildung" data-testid="rotation-link">
          {pt('rotationLink')}
        </A>
      </p>
      <p>
        <A href="/planung/offene-dienste" data-testid="open-shifts-link">
          {pt('openShiftsLink')}
        </A>
      </p>
      <details class="board-filters" open={wide()}>
        <summary>{pt('filters')}</summary>
        <div class="board-filter-grid">
          <SelectField
            id="board-weeks"
            label={pt('weeks')}
            value={board.weeks() === 1 ? '' : String(board.weeks())}
            placeholder={pt('weeksOne')}
            options={weekOptions.slice(1)}
            onChange={(v) => board.setWeeks(Number(v) || 1)}
          />
          <SelectField
            id="board-municipality"
            label={pt('municipality')}
            value={board.filters().municipalityId}
            placeholder={all.label}
            options={lookups.municipalities().map((m) => ({ value: m.id, label: m.name }))}
            onChange={setFilter('municipalityId')}
          />
          <SelectField
            id="board-service"
            label={pt('serviceType')}
            value={board.filters().serviceTypeId}
            placeholder={all.label}
            options={lookups.serviceTypes().map((s) => ({ value: s.id, label: s.name }))}
            onChange={setFilter('serviceTypeId')}
          />
          <SelectField
            id="board-skill"
            label={pt('skill')}
            value={board.filters().skill}
            placeholder={all.label}
            options={skillsOf(board.allPeople()).map((s) => ({ value: s, label: s }))}
            onChange={setFilter('skill')}
          />
        </div>
      </details>
      <Show when={ctl.picking()} keyed>
        {(p) => (
          <div class="notice notice-warn board-picking">
            <p>{p.mode === 'move' ? pt('pickTargetMove', { what: p.assignment.task || '…' }) : pt('pickTargetCopy')}</p>
            <button
              type="button"
              class="btn"
              onClick={(ev) => {
                ctl.pick(null);
                focusAfter(['.board-focus-return', '#board-day-title'], ev.currentTarget);
              }}
            >
              {pt('stopPicking')}
            </button>
          </div>
        )}
      </Show>
      <Show when={(board.markers() ?? []).some((m) => m.kind === 'attention')}>
        <p class="notice notice-warn" data-testid="board-attention">
          <A href="/sync">{pt('attentionHint')}</A>
        </p>
      </Show>
      <Show when={ctl.editing()} keyed>
        {(e) => <AssignmentEditor editing={e} board={board} ctl={ctl} />}
      </Show>
      <Show when={board.markers()} fallback={<p role="status">{t('app.loading')}</p>}>
        <Show
          when={wide()}
          fallback={<BoardList board={board} ctl={ctl} today={dateIn(user.timeZone, trustedNow())} />}
        >
          <Show when={board.people().length > 0} fallback={<p class="empty">{pt('noPeople')}</p>}>
            <BoardGrid board={board} ctl={ctl} />
          </Show>
        </Show>
      </Show>
    </div>
  );
}
