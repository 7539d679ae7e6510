import { A, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { type Assignment, type AssignmentStatus, workerStatusMoves } from '../../shared/assignments/schema';
import { mayLogTimeFor, mayWorkOn } from '../../shared/capabilities/assignment-rights';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDayLong, type MessageKey, t } from '../i18n/i18n';
import { siteAddress } from '../masterdata/lookups';
import { startTimer } from '../time-entries/timer-store';
import { focusAfter } from '../ui/focus';
import { PageTitle } from '../ui/page-title';
import { AssignmentNotes } from './assignment-notes';
import { updateAssignment } from './local-writes';
import { assignmentDate, timeRange } from './queries';
import { StatusBadge } from './status-badge';

function moveLabel(from: AssignmentStatus, to: AssignmentStatus): MessageKey {
  if (to === 'started') return from === 'planned' ? 'assignment.move.started' : 'assignment.move.restart';
  if (to === 'done') return 'assignment.move.done';
  return 'assignment.move.planned';
}

function Detail(props: { assignment: Assignment }): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const navigate = useNavigate();
  const [timerBusy, setTimerBusy] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);
  const a = () => props.assignment;
  const site = () => lookups.site(a().siteId);
  // Only what the server would accept from this person is offered (shared/capabilities/assignment-rights.ts).
  const moves = () => (mayWorkOn(user, a()) ? workerStatusMoves[a().status] : []);

  const [statusNote, setStatusNote] = createSignal('');
  // The clicked button goes away with the old status: focus moves to the next one, the change is spoken.
  const move = async (to: AssignmentStatus, button: HTMLElement) => {
    await updateAssignment(db, a().id, { status: to });
    setStatusNote(t('assignment.statusChanged', { status: t(`status.${to}`) }));
    focusAfter(['#status-actions button', '#status-actions-title'], button);
  };
  const startTimerHere = async () => {
    if (timerBusy()) return; // not `disabled`: focus stays on the button
    setTimerBusy(true);
    const started = await startTimer(db, {
      assignmentId: a().id,
      municipalityId: a().municipalityId,
      siteId: a().siteId,
      serviceTypeId: a().serviceTypeId,
    });
    setTimerBusy(false);
    if (started) navigate('/zeiten');
    else setMessage(t('assignment.timerRunning'));
  };

  return (
    <>
      <PageTitle>{lookups.municipality(a().municipalityId)?.name ?? t('assignment.title')}</PageTitle>
      <Show when={a().status === 'cancelled'}>
        <p class="notice notice-warn">{t('assignment.cancelledNote')}</p>
      </Show>
      <dl
        class="details card"
        classList={{ 'is-cancelled': a().status === 'cancelled' }}
        data-testid="assignment-details"
      >
        <dt>{t('assignment.status')}</dt>
        <dd>
          <StatusBadge status={a().status} />
        </dd>
        <dt>{t('assignment.time')}</dt>
        <dd>
          {formatDayLong(assignmentDate(a(), user.timeZone))}
          <br />
          <strong>{timeRange(a(), user.timeZone)}</strong>
        </dd>
        <dt>{t('assignment.site')}</dt>
        <dd>
          {site()?.name ?? '…'}
          <br />
          {site() ? siteAddress(site()!) : ''}
        </dd>
        <dt>{t('assignment.serviceType')}</dt>
        <dd>{lookups.serviceType(a().serviceTypeId)?.name ?? '…'}</dd>
        <Show when={a().task}>
          <dt>{t('assignment.task')}</dt>
          <dd>{a().task}</dd>
        </Show>
      </dl>

      <Show when={moves().length > 0}>
        <h2 id="status-actions-title">{t('assignment.statusActions')}</h2>
        <div class="button-row" id="status-actions">
          <For each={moves()}>
            {(to) => (
              <button
                type="button"
                class={to === 'done' || (to === 'started' && a().status === 'planned') ? 'btn btn-primary' : 'btn'}
                onClick={(e) => void move(to, e.currentTarget)}
              >
                {t(moveLabel(a().status, to))}
              </button>
            )}
          </For>
        </div>
      </Show>
      <p role="status" data-testid="status-message">
        {statusNote()}
      </p>

      <Show when={mayLogTimeFor(user, a())}>
        <div class="button-row">
          <A class="btn" href={`/zeiten/neu?einsatz=${a().id}`}>
            {t('assignment.logTime')}
          </A>
          <button
            type="button"
            class="btn"
            aria-disabled={timerBusy() ? 'true' : undefined}
            onClick={() => void startTimerHere()}
          >
            <span aria-hidden="true">▶</span> {t('assignment.startTimer')}
          </button>
        </div>
      </Show>
      <div role="status">
        <Show when={message()}>
          <p class="notice notice-warn">
            {message()} <A href="/zeiten">{t('assignment.toTimer')}</A>
          </p>
        </Show>
      </div>

      <Show when={mayWorkOn(user, a())}>
        <AssignmentNotes assignment={a()} />
      </Show>
    </>
  );
}

/** Guarded here, not in app.tsx: a direct link by someone whose role lacks it gets a clear message. */
export function AssignmentPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.assignment}>
      <AssignmentById />
    </RequireCapability>
  );
}

function AssignmentById(): JSX.Element {
  const { db } = useAuthed();
  const params = useParams();
  const assignment = createLiveQuery<Assignment | null | undefined>(
    async () => (await db.assignments.get(params['id'] ?? '')) ?? null,
    undefined,
    () => params['id'],
  );
  return (
    <Show when={assignment() !== undefined} fallback={<p role="status">{t('app.loading')}</p>}>
      <Show
        when={assignment()}
        fallback={
          <>
            <PageTitle>{t('assignment.title')}</PageTitle>
            <p class="empty">{t('assignment.notFound')}</p>
            <A href="/">{t('app.back')}</A>
          </>
        }
      >
        {(a) => <Detail assignment={a()} />}
      </Show>
    </Show>
  );
}
