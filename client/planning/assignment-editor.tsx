import { createMemo, createSignal, type JSX, lazy, onMount, Show } from 'solid-js';
import type { Assignment } from '../../shared/assignments/schema';
import type { CandidateSlot } from '../../shared/planning/candidates';
import type { WorkingTimeWarning } from '../../shared/working-time/types';
import { useAuthed } from '../auth/authed-context';
import { updateAssignment } from '../assignments/local-writes';
import { t } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { askConfirm } from '../ui/confirm-dialog';
import { InputField, SelectField, TextAreaField } from '../ui/fields';
import { focusAfter } from '../ui/focus';
import { trustedNow } from '../sync/server-clock';
import { cancelAssignment, planAssignment } from './board-actions';
import type { Controller, Editing } from './board-controller';
import type { Board } from './board-state';
import { overrideFor, ruleWarningsOf } from './rule-check';
import { REASON_ID, RuleWarnings } from './rule-warnings';
import { skillsOf } from './board-model';
import { SkillsField } from './skills-field';
import { emptyForm, type FormErrors, formOf, type ScheduleForm, scheduleOf } from './schedule-form';
import { RepeatSection } from './repeat-fields';
import { type RepeatErrors, repeatFieldIds } from './repeat-form';
import { createRepeat } from './repeat-state';
import { rt } from './repeat-texts';
import { pt } from './texts';

// Ranking (and the working-time checker) loads when a planner asks for suggestions, not with the board.
const Suggestions = lazy(() => import('./suggestions').then((m) => ({ default: m.Suggestions })));

/** The form's slot for suggestions, or null while date, times, site or service are missing or a skill is unknown. */
function slotOfForm(
  f: ScheduleForm,
  sites: Parameters<typeof scheduleOf>[1],
  timeZone: string,
  known: readonly string[],
): CandidateSlot | null {
  const r = scheduleOf({ ...f, personId: f.personId || '-' }, sites, timeZone, known);
  if ('errors' in r) return null;
  const { municipalityId, siteId, serviceTypeId, plannedStart, plannedEnd } = r.schedule;
  const [start, end] = [Date.parse(plannedStart), Date.parse(plannedEnd)];
  return { municipalityId, siteId, serviceTypeId, skills: f.skills, start, end };
}
const sameSlot = (a: CandidateSlot | null, b: CandidateSlot | null) => JSON.stringify(a) === JSON.stringify(b);

const fieldIds: Record<keyof ScheduleForm, string> = {
  personId: 'plan-person',
  date: 'plan-date',
  start: 'plan-start',
  end: 'plan-end',
  siteId: 'plan-site',
  serviceTypeId: 'plan-service',
  task: 'plan-task',
  skills: 'plan-skills',
};

// Back to the grid's active cell, or on the phone to the day's heading.
const returnTargets = ['.board-focus-return', '#board-day-title'];

/** The form of a new or chosen assignment, with move, copy and cancel for an existing one. */
export function AssignmentEditor(props: { editing: Editing; board: Board; ctl: Controller }): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const e = props.editing;
  const existing = e.kind === 'edit' ? e.assignment : null;
  const [form, setForm] = createSignal<ScheduleForm>(
    existing
      ? formOf(existing, user.timeZone)
      : e.kind === 'new' && e.draft
        ? formOf(e.draft, user.timeZone)
        : emptyForm(e.kind === 'new' ? e.personId : '', e.kind === 'new' ? e.date : ''),
  );
  const [errors, setErrors] = createSignal<FormErrors>({});
  const [suggest, setSuggest] = createSignal(false);
  // The association's skills, as the board's skill filter offers them.
  const knownSkills = createMemo(() => skillsOf(props.board.allPeople()));
  const slot = createMemo(() => slotOfForm(form(), lookups.sites(), user.timeZone, knownSkills()), null, {
    equals: sameSlot,
  });
  const [ruleWarnings, setRuleWarnings] = createSignal<WorkingTimeWarning[]>([]);
  const [reason, setReason] = createSignal(existing?.ruleOverride?.reason ?? '');
  const [reasonError, setReasonError] = createSignal<string | undefined>();
  const fallback = { timeZone: user.timeZone, municipalities: lookups.municipalities() };
  const rep = createRepeat({ db, existing, form, sites: lookups.sites, fallback });
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const set = (k: Exclude<keyof ScheduleForm, 'skills'>) => (v: string) => setForm({ ...form(), [k]: v });
  const err = (k: keyof ScheduleForm) => {
    const code = errors()[k];
    return code ? pt(code) : undefined;
  };
  const siteOptions = () =>
    lookups
      .sites()
      .map((s) => ({ value: s.id, label: `${lookups.municipality(s.municipalityId)?.name ?? ''} – ${s.name}` }));
  const close = (from: HTMLElement) => {
    props.ctl.close();
    focusAfter(returnTargets, from);
  };

  const save = async (ev: SubmitEvent) => {
    ev.preventDefault();
    const button = ev.submitter as HTMLElement | null;
    const r = scheduleOf(form(), lookups.sites(), user.timeZone, knownSkills());
    if ('errors' in r) {
      setErrors(r.errors);
      // The first field to fix takes focus, so its message is read with it.
      const first = Object.keys(r.errors)[0];
      if (first) document.getElementById(fieldIds[first as keyof ScheduleForm])?.focus();
      return;
    }
    setErrors({});
    if (rep.active()) return saveSeries();
    const probe = { id: existing?.id ?? '', status: existing?.status ?? ('planned' as const), ...r.schedule };
    if (!(await props.ctl.confirmFree(probe))) return;
    const ws = await ruleWarningsOf(db, probe, { timeZone: user.timeZone, municipalities: lookups.municipalities() });
    const decided = overrideFor(ws, reason(), user.id, trustedNow());
    setRuleWarnings(ws);
    if ('missing' in decided) {
      setReasonError(pt('reasonNeeded'));
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    setReasonError(undefined);
    // An older override goes when the plan no longer needs one; none is sent where none ever was.
    const schedule =
      decided.override || existing?.ruleOverride ? { ...r.schedule, ruleOverride: decided.override } : r.schedule;
    if (existing) await updateAssignment(db, existing.id, schedule);
    else await planAssignment(db, schedule);
    announce(pt('saved'));
    props.ctl.close();
    focusAfter(returnTargets, button);
  };

  // A series is checked as a whole (shared/series/occurrence-checks.ts); the form shows what it made.
  const saveSeries = async () => {
    const out = await rep.save(reason());
    if ('errors' in out) {
      const first = Object.keys(out.errors)[0] as keyof RepeatErrors | undefined;
      if (first) document.getElementById(repeatFieldIds[first])?.focus();
      return;
    }
    const checked = 'needsReason' in out ? out.needsReason : out.saved;
    setRuleWarnings(checked.warnings.flatMap((w) => w.warnings));
    if ('needsReason' in out) {
      setReasonError(pt('reasonNeeded'));
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    setReasonError(undefined);
    announce(rt('saved', { n: checked.occurrences.length, skipped: checked.skipped.length }));
  };

  const pick = (mode: 'move' | 'copy', assignment: Assignment, from: HTMLElement) => {
    props.ctl.pick({ mode, assignment });
    focusAfter(returnTargets, from);
  };

  const cancel = async (button: HTMLElement) => {
    if (!existing || !(await askConfirm(pt('cancelConfirm'), pt('cancelAssignment'), true))) return;
    await cancelAssignment(db, existing);
    announce(pt('cancelledNews'));
    close(button);
  };

  return (
    <section class="card board-editor" aria-labelledby="board-editor-title" data-testid="board-editor">
      <h2 id="board-editor-title" ref={heading} tabindex="-1">
        {existing ? pt('editTitle') : pt('newTitle')}
      </h2>
      <form onSubmit={save} novalidate>
        <div class="board-form-grid">
          <SelectField
            id="plan-person"
            label={pt('person')}
            value={form().personId}
            placeholder={pt('choose')}
            options={props.board.people().map((p) => ({ value: p.id, label: p.displayName }))}
            onChange={set('personId')}
            error={err('personId')}
            required
          />
          <InputField
            id="plan-date"
            type="date"
            label={pt('date')}
            value={form().date}
            onInput={set('date')}
            error={err('date')}
            required
          />
          <InputField
            id="plan-start"
            type="time"
            label={pt('start')}
            value={form().start}
            onInput={set('start')}
            error={err('start')}
            required
          />
          <InputField
            id="plan-end"
            type="time"
            label={pt('end')}
            value={form().end}
            onInput={set('end')}
            error={err('end')}
            required
          />
          <SelectField
            id="plan-site"
            label={pt('site')}
            value={form().siteId}
            placeholder={pt('choose')}
            options={siteOptions()}
            onChange={set('siteId')}
            error={err('siteId')}
            testId="plan-site"
            required
          />
          <SelectField
            id="plan-service"
            label={pt('serviceType')}
            value={form().serviceTypeId}
            placeholder={pt('choose')}
            options={lookups.serviceTypes().map((s) => ({ value: s.id, label: s.name }))}
            onChange={set('serviceTypeId')}
            error={err('serviceTypeId')}
            testId="plan-service"
            required
          />
        </div>
        <SkillsField
          id="plan-skills"
          legend={pt('neededSkills')}
          hint={pt('neededSkillsHint')}
          known={knownSkills()}
          value={form().skills}
          onChange={(skills) => setForm({ ...form(), skills })}
          error={err('skills')}
        />
        <TextAreaField id="plan-task" label={pt('task')} value={form().task} maxLength={2000} onInput={set('task')} />
        <RepeatSection rep={rep} editing={existing !== null} />
        <RuleWarnings warnings={ruleWarnings()} reason={reason()} onReason={setReason} error={reasonError()} />
        <div class="button-row">
          <Show when={rep.result() === null}>
            <button type="submit" class="btn btn-primary" data-testid="plan-save">
              {pt('save')}
            </button>
          </Show>
          <button type="button" class="btn" onClick={(ev) => close(ev.currentTarget)}>
            {pt('close')}
          </button>
        </div>
        <Show when={existing && existing.status !== 'cancelled' ? existing : null}>
          {(a) => (
            <div class="button-row">
              <button type="button" class="btn" onClick={(ev) => pick('move', a(), ev.currentTarget)}>
                {pt('move')}
              </button>
              <button type="button" class="btn" onClick={(ev) => pick('copy', a(), ev.currentTarget)}>
                {pt('copy')}
              </button>
              <button type="button" class="btn btn-danger" onClick={(ev) => void cancel(ev.currentTarget)}>
                {pt('cancelAssignment')}
              </button>
            </div>
          )}
        </Show>
        <Show when={existing?.status === 'cancelled'}>
          <p class="card-muted">{t('status.cancelled')}</p>
        </Show>
      </form>
      <Show when={!existing && rep.result() === null}>
        <Show
          when={suggest()}
          fallback={
            <button type="button" class="btn" data-testid="plan-suggest" onClick={() => setSuggest(true)}>
              {pt('suggest')}
            </button>
          }
        >
          <Suggestions
            slot={slot()}
            task={form().task.trim()}
            onPlanned={() => {
              props.ctl.close();
              focusAfter(returnTargets, null);
            }}
          />
        </Show>
      </Show>
    </section>
  );
}
