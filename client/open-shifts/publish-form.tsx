import { createMemo, createSignal, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { newId } from '../../shared/ids/ids';
import { ApiError, OfflineError } from '../api/http';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { skillsOf } from '../planning/board-model';
import { SkillsField } from '../planning/skills-field';
import { useSync } from '../sync/sync-context';
import { announce } from '../ui/announce';
import { ErrorSummary } from '../ui/error-summary';
import { InputField, SelectField, TextAreaField } from '../ui/fields';
import { publishShift } from './planner-api';
import { ot } from './planner-texts';
import { checkPublish, type FieldIssue, formIssues, type PublishValues } from './publish-check';

const empty = (): PublishValues => ({
  municipalityId: '',
  siteId: '',
  serviceTypeId: '',
  date: '',
  start: '08:00',
  end: '12:00',
  task: '',
  skills: [],
  needsConfirmation: false,
});
const idOf = (field: string) => `publish-${field}`;

/**
 * "Offenen Dienst ausschreiben": checked with the shared schema before sending, the server's refusals shown
 * at their fields. Publishing is online only (the server fixes who may claim), so offline it says so.
 */
export function PublishForm(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const sync = useSync();
  const [values, setValues] = createStore(empty());
  // One id per shift being written: a publish retried after a lost answer is the same shift on the server.
  const [id, setId] = createSignal(newId());
  const [issues, setIssues] = createSignal<FieldIssue[]>([]);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const people = createLiveQuery(() => db.people.toArray(), []);
  const known = createMemo(() => skillsOf(people().filter((p) => p.active)));
  const sites = () => lookups.sites().filter((s) => s.municipalityId === values.municipalityId);
  const errorOf = (field: keyof PublishValues) => {
    const i = issues().find((x) => x.path === field);
    return i ? ot(`issue.${i.code}`) : undefined;
  };
  type Labelled = Exclude<keyof PublishValues, 'needsConfirmation'>;
  const labels: Record<Labelled, () => string> = {
    municipalityId: () => ot('municipality'),
    siteId: () => ot('site'),
    serviceTypeId: () => ot('serviceType'),
    date: () => ot('date'),
    start: () => ot('start'),
    end: () => ot('end'),
    task: () => ot('task'),
    skills: () => ot('skills'),
  };
  let summary: HTMLDivElement | undefined;
  const showProblems = () => requestAnimationFrame(() => summary?.focus());

  const send = async (ev: SubmitEvent) => {
    ev.preventDefault();
    if (busy()) return;
    setFailure(null);
    setStatus('');
    const checked = checkPublish(id(), { ...values, skills: [...values.skills] }, user.timeZone);
    setIssues(checked.issues);
    if (!checked.input) {
      showProblems();
      return;
    }
    setBusy(true);
    try {
      const shift = await publishShift(checked.input);
      setValues(empty());
      setId(newId());
      const text = ot('published', { n: shift.eligibleIds.length });
      setStatus(text);
      announce(text);
      void sync.sync();
    } catch (err) {
      if (err instanceof ApiError && err.details?.length) setIssues(formIssues(err.details));
      else if (err instanceof OfflineError) setFailure(ot('offline'));
      else setFailure(ot('failed', { code: err instanceof ApiError ? err.code : 'network' }));
      showProblems();
    } finally {
      setBusy(false);
    }
  };
  const choice = (field: 'municipalityId' | 'siteId' | 'serviceTypeId', rows: () => { id: string; name: string }[]) => (
    <SelectField
      id={idOf(field)}
      testId={idOf(field)}
      label={labels[field]()}
      required
      value={values[field]}
      placeholder={ot('choose')}
      options={rows().map((r) => ({ value: r.id, label: r.name }))}
      error={errorOf(field)}
      onChange={(v) => setValues(field === 'municipalityId' ? { municipalityId: v, siteId: '' } : { [field]: v })}
    />
  );
  const time = (field: 'date' | 'start' | 'end', type: 'date' | 'time') => (
    <InputField
      id={idOf(field)}
      testId={idOf(field)}
      label={labels[field]()}
      type={type}
      required
      value={values[field]}
      error={errorOf(field)}
      onInput={(v) => setValues(field, v)}
    />
  );

  return (
    <form onSubmit={send} novalidate aria-labelledby="publish-title" data-testid="publish-form">
      <h2 id="publish-title" class="card-title">
        {ot('newHeading')}
      </h2>
      <ErrorSummary
        issues={issues().map((i) => ({ path: i.path, code: i.code, message: '' }))}
        failure={failure()}
        heading={issues().length === 1 ? ot('errorsOne') : ot('errors', { n: issues().length })}
        fieldId={idOf}
        line={(i) => `${labels[i.path as Labelled]?.() ?? i.path}: ${ot(`issue.${i.code as FieldIssue['code']}`)}`}
        ref={(el) => {
          summary = el;
        }}
        testId="publish-errors"
      />
      {choice('municipalityId', lookups.municipalities)}
      {choice('siteId', sites)}
      {choice('serviceTypeId', lookups.serviceTypes)}
      {time('date', 'date')}
      <div class="publish-times">
        {time('start', 'time')}
        {time('end', 'time')}
      </div>
      <TextAreaField
        id={idOf('task')}
        testId={idOf('task')}
        label={ot('task')}
        maxLength={2000}
        value={values.task}
        error={errorOf('task')}
        onInput={(v) => setValues('task', v)}
      />
      <SkillsField
        id={idOf('skills')}
        legend={ot('skills')}
        hint={ot('skillsHint')}
        known={known()}
        value={values.skills}
        error={errorOf('skills')}
        onChange={(skills) => setValues('skills', skills)}
      />
      <div class="checks">
        <label>
          <input
            type="checkbox"
            id={idOf('needsConfirmation')}
            data-testid={idOf('needsConfirmation')}
            checked={values.needsConfirmation}
            aria-describedby={`${idOf('needsConfirmation')}-hint`}
            onChange={(e) => setValues('needsConfirmation', e.currentTarget.checked)}
          />
          {ot('needsConfirmation')}
        </label>
        <p class="hint" id={`${idOf('needsConfirmation')}-hint`}>
          {ot('needsConfirmationHint')}
        </p>
      </div>
      <button
        type="submit"
        class="btn btn-primary"
        aria-disabled={busy() ? 'true' : undefined}
        data-testid="publish-save"
      >
        {busy() ? ot('publishing') : ot('publish')}
      </button>
      <p role="status" class="card-muted" data-testid="publish-status">
        {status()}
      </p>
    </form>
  );
}
