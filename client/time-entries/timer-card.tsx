import { createSignal, type JSX, Show } from 'solid-js';
import { can } from '../../shared/capabilities/capabilities';
import { AppError } from '../../shared/errors/errors';
import { timeIn } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import type { TimerState } from '../db/local-db';
import { createLiveQuery } from '../db/live';
import { t, tCode, tn } from '../i18n/i18n';
import { SelectField } from '../ui/fields';
import { focusAfter } from '../ui/focus';
import { createNow } from '../ui/now';
import { formatElapsed } from './timer';
import { timerDefaults } from './timer-defaults';
import { startTimer, stopTimer, TIMER_ID, type TimerChoice } from './timer-store';

function Running(props: {
  timer: TimerState;
  onStopped: (message: string) => void;
  onError: (message: string) => void;
}): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const now = createNow(1000);
  const [busy, setBusy] = createSignal(false);
  const stop = async () => {
    if (busy()) return; // not `disabled`: a disabled button drops focus to the page
    setBusy(true);
    focusAfter('[data-testid="timer-start"]');
    try {
      const created = await stopTimer(db, user);
      props.onStopped(tn('timer.stopped', created.length));
    } catch (err) {
      const code = err instanceof AppError ? (err.details?.[0]?.code ?? err.code) : 'other';
      props.onError(t('timer.failed', { reason: tCode('reason', code, 'reason.other') }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p class="card-line">{t('timer.running', { time: timeIn(user.timeZone, new Date(props.timer.startedAt)) })}</p>
      <p class="timer-elapsed">
        <span class="sr-only">{t('timer.elapsed')}: </span>
        <span role="timer">{formatElapsed(now().getTime() - Date.parse(props.timer.startedAt))}</span>
      </p>
      <p class="card-line">
        <strong>{lookups.municipality(props.timer.municipalityId)?.name ?? '…'}</strong> ·{' '}
        {lookups.serviceType(props.timer.serviceTypeId)?.name ?? '…'}
      </p>
      <button
        type="button"
        class="btn btn-danger btn-block"
        data-testid="timer-stop"
        aria-disabled={busy() ? 'true' : undefined}
        onClick={() => void stop()}
      >
        <span aria-hidden="true">■</span> {t('timer.stop')}
      </button>
    </>
  );
}

function Idle(props: { onError: (message: string) => void; onStarted: () => void }): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const [municipalityId, setMunicipalityId] = createSignal('');
  const [siteId, setSiteId] = createSignal('');
  const [serviceTypeId, setServiceTypeId] = createSignal('');
  const [attempted, setAttempted] = createSignal(false);
  const [suggested, setSuggested] = createSignal<TimerChoice | null>(null);
  // Prefilled once; the person's own choice is never overwritten.
  void timerDefaults(db, user).then((d) => {
    if (!d || municipalityId() || serviceTypeId()) return;
    setSuggested(d);
    setMunicipalityId(d.municipalityId);
    setSiteId(d.siteId ?? '');
    setServiceTypeId(d.serviceTypeId);
  });
  /** The suggested assignment is linked only while its place and kind of work are kept. */
  const assignmentId = () => {
    const d = suggested();
    return d?.assignmentId && d.municipalityId === municipalityId() && d.serviceTypeId === serviceTypeId()
      ? d.assignmentId
      : null;
  };
  const missing = (v: string) => (attempted() && !v ? t('issue.requiredChoice') : undefined);
  const sites = () => lookups.sites().filter((s) => s.municipalityId === municipalityId());
  const start = async () => {
    setAttempted(true);
    if (!municipalityId() || !serviceTypeId()) return;
    // The start button gives way to the running timer; its stop button takes focus.
    focusAfter('[data-testid="timer-stop"]');
    const started = await startTimer(db, {
      assignmentId: assignmentId(),
      municipalityId: municipalityId(),
      siteId: siteId() || null,
      serviceTypeId: serviceTypeId(),
    });
    if (started) props.onStarted();
    else props.onError(t('assignment.timerRunning'));
  };
  return (
    <>
      <SelectField
        id="timer-municipality"
        label={t('entry.municipality')}
        required
        placeholder={t('entry.choose')}
        value={municipalityId()}
        options={lookups.municipalities().map((m) => ({ value: m.id, label: m.name }))}
        error={missing(municipalityId())}
        onChange={(v) => {
          setMunicipalityId(v);
          setSiteId('');
        }}
      />
      <Show when={sites().length > 0}>
        <SelectField
          id="timer-site"
          label={t('entry.site')}
          placeholder={t('entry.none')}
          value={siteId()}
          options={sites().map((s) => ({ value: s.id, label: s.name }))}
          onChange={setSiteId}
        />
      </Show>
      <SelectField
        id="timer-service-type"
        label={t('entry.serviceType')}
        required
        placeholder={t('entry.choose')}
        value={serviceTypeId()}
        options={lookups.serviceTypes().map((s) => ({ value: s.id, label: s.name }))}
        error={missing(serviceTypeId())}
        onChange={setServiceTypeId}
      />
      <button type="button" class="btn btn-primary btn-block" data-testid="timer-start" onClick={() => void start()}>
        <span aria-hidden="true">▶</span> {t('timer.start')}
      </button>
    </>
  );
}

/** The running timer lives in Dexie, so it survives reloads and closing the app. */
export function TimerCard(): JSX.Element {
  const { user } = useAuthed();
  // Wherever the card is placed, it is offered only to people whose entries the server accepts.
  return (
    <Show when={can(user, 'time.log-own')}>
      <Timer />
    </Show>
  );
}

function Timer(): JSX.Element {
  const { db } = useAuthed();
  const timer = createLiveQuery<TimerState | null | undefined>(
    async () => (await db.timer.get(TIMER_ID)) ?? null,
    undefined,
  );
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);
  return (
    <section class="card timer-card" aria-labelledby="timer-title">
      <h2 id="timer-title" class="flush-top">
        {t('timer.title')}
      </h2>
      <Show when={timer() !== undefined}>
        <Show
          when={timer()}
          keyed
          fallback={<Idle onError={(text) => setMessage({ text, error: true })} onStarted={() => setMessage(null)} />}
        >
          {(running) => (
            <Running
              timer={running}
              onStopped={(text) => setMessage({ text, error: false })}
              onError={(text) => setMessage({ text, error: true })}
            />
          )}
        </Show>
      </Show>
      <div role="status">
        <Show when={message()}>
          {(m) => <p class={m().error ? 'field-error gap-top' : 'notice notice-ok gap-top'}>{m().text}</p>}
        </Show>
      </div>
    </section>
  );
}
