import { createSignal, For, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { roles } from '../../shared/capabilities/capabilities';
import type { Issue } from '../../shared/errors/errors';
import type { PersonProfile, PersonProfileInput } from '../../shared/people/schema';
import { todayIn } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import { type MessageKey, t, tCode } from '../i18n/i18n';
import { ErrorSummary } from '../ui/error-summary';
import { InputField, SelectField } from '../ui/fields';
import { trustedNow } from '../sync/server-clock';
import { type PersonValues, profileFrom } from './person-values';
import { pt, roleName } from './texts';

type TextField = Exclude<keyof PersonValues, 'roles' | 'municipalityId'>;
/** Form field ids by the profile field an issue names. */
const idOf = (path: string) => `person-${path === 'weeklyTargetMinutes' ? 'weeklyHours' : path}`;
const labelOf = (path: string): string =>
  path === 'weeklyHours' ? t('person.weeklyTargetMinutes') : t(`person.${path}` as MessageKey);

// Rules across fields and the e-mail check have their own words in the main dictionary (the sync screens use them).
const ruleCodes = new Set([
  'email_taken',
  'active_to_before_from',
  'training_to_before_from',
  'birth_in_future',
  'municipality_required',
]);

function messageOf(i: Issue): string {
  if (ruleCodes.has(i.code)) return tCode('reason', i.code, 'reason.other');
  if (i.code === 'too_small' && i.path !== 'weeklyTargetMinutes') return pt('required');
  if (i.path === 'email') return pt('invalidEmail');
  if (i.path === 'weeklyTargetMinutes') return pt('invalidHours');
  return pt('invalid');
}

/**
 * The person's details. Checks what the server checks (shared schema and rules) and an e-mail taken on
 * this device, shows each message at its field and in a summary that takes focus; `onSave` stores.
 */
export function PersonForm(props: {
  id: string;
  initial: PersonValues;
  others: readonly PersonProfile[];
  onSave: (input: PersonProfileInput) => Promise<void>;
  /** What the server said of this person's details before (a refused create sent again). */
  initialIssues?: Issue[];
}): JSX.Element {
  const { user, lookups } = useAuthed();
  const [values, setValues] = createStore<PersonValues>(structuredClone(props.initial));
  const [issues, setIssues] = createSignal<Issue[]>(props.initialIssues ?? []);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let summary: HTMLDivElement | undefined;

  const errorOf = (path: string) => {
    const i = issues().find((x) => idOf(x.path) === idOf(path));
    return i ? messageOf(i) : undefined;
  };
  const text = (
    field: TextField,
    type: 'text' | 'date' = 'text',
    extra: Partial<Parameters<typeof InputField>[0]> = {},
  ) => (
    <InputField
      id={idOf(field)}
      label={labelOf(field)}
      type={type}
      value={values[field]}
      error={errorOf(field === 'weeklyHours' ? 'weeklyTargetMinutes' : field)}
      onInput={(v) => setValues(field, v)}
      {...extra}
    />
  );
  const toggleRole = (r: (typeof roles)[number], on: boolean) =>
    setValues('roles', (rs) => (on ? roles.filter((x) => x === r || rs.includes(x)) : rs.filter((x) => x !== r)));

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setFailure(null);
    const r = profileFrom(props.id, values, todayIn(user.timeZone, trustedNow()), props.others);
    setIssues(r.issues);
    if (!r.input) {
      requestAnimationFrame(() => summary?.focus());
      return;
    }
    setBusy(true);
    try {
      await props.onSave(r.input);
    } catch (err) {
      setFailure(tCode('reason', (err as { code?: string }).code ?? 'other', 'reason.other'));
      requestAnimationFrame(() => summary?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} novalidate>
      <ErrorSummary
        issues={issues()}
        failure={failure()}
        heading={pt('errorsSummary', { n: issues().length })}
        fieldId={idOf}
        line={(i) => `${labelOf(i.path === 'weeklyTargetMinutes' ? 'weeklyHours' : i.path)}: ${messageOf(i)}`}
        ref={(el) => {
          summary = el;
        }}
      />
      {text('displayName', 'text', { required: true })}
      {text('email', 'text', { required: true, inputMode: 'text' })}
      <fieldset
        class="checks"
        id={idOf('roles')}
        tabindex="-1"
        aria-describedby={errorOf('roles') ? 'person-roles-error' : undefined}
      >
        <legend>{t('person.roles')}</legend>
        <For each={roles}>
          {(r) => (
            <label>
              <input
                type="checkbox"
                checked={values.roles.includes(r)}
                onChange={(ev) => toggleRole(r, ev.currentTarget.checked)}
              />
              {roleName(r)}
            </label>
          )}
        </For>
        <Show when={errorOf('roles')}>
          {(m) => (
            <p class="field-error" id="person-roles-error">
              {m()}
            </p>
          )}
        </Show>
      </fieldset>
      {text('skills', 'text', { hint: pt('skillsHint') })}
      <SelectField
        id={idOf('municipalityId')}
        label={t('person.municipalityId')}
        hint={pt('contactHint')}
        value={values.municipalityId}
        placeholder={pt('none')}
        options={lookups.municipalities().map((m) => ({ value: m.id, label: m.name }))}
        error={errorOf('municipalityId')}
        onChange={(v) => setValues('municipalityId', v)}
      />
      {text('employingBody')}
      {text('weeklyHours', 'text', { hint: pt('weeklyHint'), inputMode: 'text' })}
      {text('activeFrom', 'date')}
      {text('activeTo', 'date')}
      <h2>{pt('apprentice')}</h2>
      {text('dateOfBirth', 'date')}
      {text('trainingOccupation')}
      {text('trainingFrom', 'date')}
      {text('trainingTo', 'date')}
      <button
        type="submit"
        class="btn btn-primary btn-block"
        aria-disabled={busy() ? 'true' : undefined}
        data-testid="person-save"
      >
        {t('app.save')}
      </button>
    </form>
  );
}
