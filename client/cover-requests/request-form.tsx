import { createMemo, createSignal, For, type JSX, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { type Urgency, urgencies } from '../../shared/cover-requests/schema';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { SelectField, TextAreaField } from '../ui/fields';
import { DayFields } from './day-fields';
import { checkForm, type FormError } from './form-check';
import { createCoverRequest } from './local-writes';
import { type DayInput, slotsOf } from './slots';
import { ct } from './texts';

const emptyDay = (): DayInput => ({ date: '', from: '08:00', to: '12:00' });
const fieldId = (field: string) => `cover-${field}`;

/**
 * "Vertretung anfragen": where, what, which skills, which days and times, how urgent. `municipalityId`
 * preselects the requester's municipality; its sites are the only ones offered. Checks what the server
 * checks before saving; the request waits in the outbox while offline.
 */
export function RequestForm(props: { municipalityId: string }): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const [values, setValues] = createStore({
    municipalityId: props.municipalityId,
    siteId: '',
    serviceTypeId: '',
    skills: [] as string[],
    days: [emptyDay()],
    urgency: 'normal' as Urgency,
    note: '',
  });
  const [errors, setErrors] = createSignal<FormError[]>([]);
  const [status, setStatus] = createSignal('');
  const people = createLiveQuery(() => db.people.toArray(), []);
  const skills = createMemo(() =>
    [...new Set(people().flatMap((p) => p.skills))].sort((a, b) => a.localeCompare(b, 'de')),
  );
  const sites = () => lookups.sites().filter((s) => s.municipalityId === values.municipalityId);
  const errorOf = (field: string) => {
    const e = errors().find((x) => x.field === field);
    return e ? ct(e.problem) : undefined;
  };
  let summary: HTMLDivElement | undefined;
  type Choice = 'municipalityId' | 'siteId' | 'serviceTypeId';
  const choice = (
    field: Choice,
    label: 'municipality' | 'site' | 'serviceType',
    rows: () => { id: string; name: string }[],
    onChange: (v: string) => void,
  ) => (
    <SelectField
      id={fieldId(field)}
      label={ct(label)}
      required
      value={values[field]}
      placeholder={ct('choose')}
      options={rows().map((r) => ({ value: r.id, label: r.name }))}
      error={errorOf(field)}
      onChange={onChange}
    />
  );

  const send = async (ev: SubmitEvent) => {
    ev.preventDefault();
    setStatus('');
    const input = {
      municipalityId: values.municipalityId,
      siteId: values.siteId,
      serviceTypeId: values.serviceTypeId,
      skills: [...values.skills],
      slots: slotsOf(values.days, user.timeZone),
      urgency: values.urgency,
      note: values.note,
    };
    const found = checkForm(input);
    setErrors(found);
    if (found.length > 0) {
      requestAnimationFrame(() => summary?.focus());
      return;
    }
    await createCoverRequest(db, user.id, input);
    setValues({ siteId: '', skills: [], days: [emptyDay()], urgency: 'normal', note: '' });
    setStatus(ct('sent'));
  };

  return (
    <form onSubmit={send} novalidate aria-labelledby="cover-form-title" data-testid="cover-form">
      <h2 id="cover-form-title">{ct('formTitle')}</h2>
      <div role="alert">
        <Show when={errors().length > 0}>
          <div class="error-summary" tabindex="-1" ref={summary}>
            <p>{ct('errorsSummary', { n: errors().length })}</p>
            <ul>
              <For each={errors()}>
                {(e) => (
                  <li>
                    <a href={`#${fieldId(e.field)}`}>{ct(e.problem)}</a>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>
      </div>
      {choice('municipalityId', 'municipality', lookups.municipalities, (v) =>
        setValues({ municipalityId: v, siteId: '' }),
      )}
      {choice('siteId', 'site', sites, (v) => setValues('siteId', v))}
      {choice('serviceTypeId', 'serviceType', lookups.serviceTypes, (v) => setValues('serviceTypeId', v))}
      <fieldset class="checks" id={fieldId('skills')}>
        <legend>{ct('skills')}</legend>
        <For each={skills()}>
          {(s) => (
            <label>
              <input
                type="checkbox"
                checked={values.skills.includes(s)}
                onChange={(e) =>
                  setValues('skills', (xs) => (e.currentTarget.checked ? [...xs, s] : xs.filter((x) => x !== s)))
                }
              />
              {s}
            </label>
          )}
        </For>
      </fieldset>
      <DayFields
        days={values.days}
        errorOf={errorOf}
        onChange={(i, day) => setValues('days', i, day)}
        onAdd={() => setValues('days', (ds) => [...ds, emptyDay()])}
        onRemove={(i) => setValues('days', (ds) => ds.filter((_, j) => j !== i))}
      />
      <fieldset class="checks" id={fieldId('urgency')}>
        <legend>{ct('urgency')}</legend>
        <For each={urgencies}>
          {(u) => (
            <label>
              <input
                type="radio"
                name="cover-urgency"
                checked={values.urgency === u}
                onChange={() => setValues('urgency', u)}
              />
              {ct(u)}
            </label>
          )}
        </For>
      </fieldset>
      <TextAreaField
        id={fieldId('note')}
        label={ct('note')}
        hint={ct('noteHint')}
        maxLength={2000}
        value={values.note}
        onInput={(v) => setValues('note', v)}
      />
      <button type="submit" class="btn btn-primary">
        {ct('send')}
      </button>
      <p role="status" class="card-muted">
        {status()}
      </p>
    </form>
  );
}
