import { createMemo, createSignal, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { AppError, type Issue } from '../../shared/errors/errors';
import { netMinutes } from '../../shared/time-entries/rules';
import { addDays, dateIn } from '../../shared/time/dates';
import { assignmentDate, myAssignments, timeRange } from '../assignments/queries';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatHours, type MessageKey, t, tCode, tn } from '../i18n/i18n';
import { ErrorSummary } from '../ui/error-summary';
import { InputField, SelectField, TextAreaField } from '../ui/fields';
import { DayWarnings } from './day-warnings';
import {
  draftOf,
  type EntryDraft,
  type EntryField,
  type EntryFormValues,
  entryIssues,
  issueText,
} from './entry-values';
import { trustedNow } from '../sync/server-clock';

/** Field → element id (also its test id) and label. */
const fields: Record<EntryField, { id: string; label: MessageKey }> = {
  date: { id: 'entry-date', label: 'entry.date' },
  start: { id: 'entry-start', label: 'entry.start' },
  end: { id: 'entry-end', label: 'entry.end' },
  breakMinutes: { id: 'entry-break', label: 'entry.break' },
  municipalityId: { id: 'entry-municipality', label: 'entry.municipality' },
  siteId: { id: 'entry-site', label: 'entry.site' },
  serviceTypeId: { id: 'entry-service-type', label: 'entry.serviceType' },
  assignmentId: { id: 'entry-assignment', label: 'entry.assignment' },
  note: { id: 'entry-note', label: 'entry.note' },
};
const isField = (path: string): path is EntryField => path in fields;

export type EntryFormApi = {
  /** The checked entry, or null after showing what is wrong. */
  draft: () => EntryDraft | null;
  /** Runs an action with the same busy state and error display as saving. */
  run: (action: () => Promise<void>) => Promise<void>;
  busy: () => boolean;
};

export type EntryFormProps = {
  initial: EntryFormValues;
  onSave: (draft: EntryDraft) => Promise<void>;
  actions?: (api: EntryFormApi) => JSX.Element;
  /** Show every problem from the start (a rejected change being corrected). */
  showErrors?: boolean;
  /** The entry being edited, so the day's checks leave out its older version. */
  entryId?: string;
};

const WARNINGS_ID = 'entry-day-warnings';

export function EntryForm(props: EntryFormProps): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const [values, setValues] = createStore<EntryFormValues>({ ...props.initial });
  const [touched, setTouched] = createStore<Partial<Record<EntryField, boolean>>>({});
  const [attempted, setAttempted] = createSignal(props.showErrors ?? false);
  const [serverIssues, setServerIssues] = createSignal<Issue[]>([]);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const mine = createLiveQuery(() => myAssignments(db, user.id), []);
  let summary: HTMLDivElement | undefined;

  // A reference this device does not know (say, from a rejected change) cannot be chosen again as it is.
  const unknownRefs = (): Issue[] => {
    const refs: [EntryField, boolean, boolean][] = [
      ['municipalityId', lookups.municipalities().length > 0, !!lookups.municipality(values.municipalityId)],
      ['siteId', lookups.sites().length > 0, !!lookups.site(values.siteId)],
      ['serviceTypeId', lookups.serviceTypes().length > 0, !!lookups.serviceType(values.serviceTypeId)],
    ];
    return refs
      .filter(([f, loaded, found]) => values[f] !== '' && loaded && !found)
      .map(([path]) => ({ path, code: 'unknown_reference', message: '' }));
  };
  const issues = createMemo(() => {
    const local = [...unknownRefs(), ...entryIssues(values, trustedNow(), user.timeZone)].filter(
      (i, n, all) => all.findIndex((j) => j.path === i.path) === n,
    );
    const extra = serverIssues().filter((s) => !local.some((l) => l.path === s.path));
    return [...local, ...extra];
  });
  const issueOf = (f: EntryField) => (attempted() || touched[f] ? issues().find((i) => i.path === f) : undefined);
  const errorOf = (f: EntryField) => {
    const i = issueOf(f);
    return i ? issueText(i) : undefined;
  };
  const set = (f: EntryField, v: string) => {
    setValues(f, v);
    setServerIssues([]);
  };
  const touch = (f: EntryField) => () => setTouched(f, true);

  const setMunicipality = (id: string) => {
    set('municipalityId', id);
    if (values.siteId && lookups.site(values.siteId)?.municipalityId !== id) set('siteId', '');
  };
  const setAssignment = (id: string) => {
    set('assignmentId', id);
    const a = mine().find((x) => x.id === id);
    if (!a) return;
    setValues({ municipalityId: a.municipalityId, siteId: a.siteId, serviceTypeId: a.serviceTypeId });
  };

  const siteOptions = () =>
    lookups
      .sites()
      .filter((s) => s.municipalityId === values.municipalityId)
      .map((s) => ({ value: s.id, label: s.name }));
  const assignmentOptions = () =>
    mine()
      .filter((a) => a.id === values.assignmentId || assignmentDate(a, user.timeZone) === values.date)
      .map((a) => ({
        value: a.id,
        label: `${timeRange(a, user.timeZone)} · ${lookups.municipality(a.municipalityId)?.name ?? ''}`,
      }));
  const net = () => {
    const d = draftOf(values);
    return issues().some((i) => ['start', 'end', 'breakMinutes'].includes(i.path)) ? null : netMinutes(d);
  };
  const timesOk = () => !issues().some((i) => ['date', 'start', 'end', 'breakMinutes'].includes(i.path));

  const focusSummary = () => requestAnimationFrame(() => summary?.focus());
  const fail = (err: unknown) => {
    if (err instanceof AppError && err.details?.length) {
      setServerIssues(err.details);
      setAttempted(true);
    } else {
      const code = err instanceof AppError ? err.code : 'other';
      setFailure(tCode('reason', code, 'reason.other'));
    }
    focusSummary();
  };
  const api: EntryFormApi = {
    draft: () => {
      setAttempted(true);
      setFailure(null);
      if (issues().length > 0) {
        focusSummary();
        return null;
      }
      return draftOf(values);
    },
    run: async (action) => {
      setBusy(true);
      try {
        await action();
      } catch (err) {
        fail(err);
      } finally {
        setBusy(false);
      }
    },
    busy,
  };
  const save = (e: SubmitEvent) => {
    e.preventDefault();
    const draft = api.draft();
    if (draft) void api.run(() => props.onSave(draft));
  };
  const shownIssues = () => (attempted() ? issues() : []);

  return (
    <form onSubmit={save} novalidate>
      <ErrorSummary
        issues={shownIssues()}
        failure={failure()}
        heading={tn('entry.errorsSummary', shownIssues().length)}
        fieldId={(path) => (isField(path) ? fields[path].id : '')}
        line={(i) => `${isField(i.path) ? t(fields[i.path].label) : i.path}: ${issueText(i)}`}
        ref={(el) => {
          summary = el;
        }}
      />

      <InputField
        {...fields.date}
        testId="entry-date"
        label={t('entry.date')}
        type="date"
        required
        value={values.date}
        max={addDays(dateIn(user.timeZone, new Date()), 7)}
        error={errorOf('date')}
        describedBy={WARNINGS_ID}
        onInput={(v) => set('date', v)}
        onBlur={touch('date')}
      />
      <div class="field-row">
        <InputField
          {...fields.start}
          testId="entry-start"
          label={t('entry.start')}
          type="time"
          step="60"
          required
          value={values.start}
          error={errorOf('start')}
          describedBy={WARNINGS_ID}
          onInput={(v) => set('start', v)}
          onBlur={touch('start')}
        />
        <InputField
          {...fields.end}
          testId="entry-end"
          label={t('entry.end')}
          type="time"
          step="60"
          required
          value={values.end}
          error={errorOf('end')}
          describedBy={WARNINGS_ID}
          onInput={(v) => set('end', v)}
          onBlur={touch('end')}
        />
      </div>
      <InputField
        {...fields.breakMinutes}
        testId="entry-break"
        label={t('entry.break')}
        type="number"
        inputMode="numeric"
        min="0"
        step="1"
        required
        value={values.breakMinutes}
        error={errorOf('breakMinutes')}
        onInput={(v) => set('breakMinutes', v)}
        onBlur={touch('breakMinutes')}
      />
      <Show when={net()}>{(m) => <p class="notice">{t('entry.net', { hours: formatHours(m()) })}</p>}</Show>
      <DayWarnings id={WARNINGS_ID} values={values} entryId={props.entryId} timesOk={timesOk()} />
      <SelectField
        {...fields.municipalityId}
        testId="entry-municipality"
        label={t('entry.municipality')}
        required
        placeholder={t('entry.choose')}
        value={values.municipalityId}
        options={lookups.municipalities().map((m) => ({ value: m.id, label: m.name }))}
        error={errorOf('municipalityId')}
        onChange={setMunicipality}
        onBlur={touch('municipalityId')}
      />
      <Show when={siteOptions().length > 0 || values.siteId}>
        <SelectField
          {...fields.siteId}
          testId="entry-site"
          label={t('entry.site')}
          placeholder={t('entry.none')}
          value={values.siteId}
          options={siteOptions()}
          error={errorOf('siteId')}
          onChange={(v) => set('siteId', v)}
        />
      </Show>
      <SelectField
        {...fields.serviceTypeId}
        testId="entry-service-type"
        label={t('entry.serviceType')}
        required
        placeholder={t('entry.choose')}
        value={values.serviceTypeId}
        options={lookups.serviceTypes().map((s) => ({ value: s.id, label: s.name }))}
        error={errorOf('serviceTypeId')}
        onChange={(v) => set('serviceTypeId', v)}
        onBlur={touch('serviceTypeId')}
      />
      <Show when={assignmentOptions().length > 0}>
        <SelectField
          {...fields.assignmentId}
          testId="entry-assignment"
          label={t('entry.assignment')}
          placeholder={t('entry.none')}
          value={values.assignmentId}
          options={assignmentOptions()}
          error={errorOf('assignmentId')}
          onChange={setAssignment}
        />
      </Show>
      <TextAreaField
        {...fields.note}
        testId="entry-note"
        label={t('entry.note')}
        maxLength={2000}
        value={values.note}
        error={errorOf('note')}
        onInput={(v) => set('note', v)}
      />

      <div class="button-row">
        <button type="submit" class="btn btn-primary" data-testid="entry-save" disabled={busy()}>
          {t('app.save')}
        </button>
        {props.actions?.(api)}
      </div>
    </form>
  );
}
