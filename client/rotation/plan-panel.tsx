import { createSignal, For, type JSX, Show } from 'solid-js';
import { AppError } from '../../shared/errors/errors';
import type { PlanFlags } from '../../shared/rotation/flags';
import type { RotationPlan, Station } from '../../shared/rotation/schema';
import type { Municipality, Person } from '../../shared/masterdata/schemas';
import type { LocalDb } from '../db/local-db';
import { formatDate, tCode } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { askConfirm } from '../ui/confirm-dialog';
import { InputField, SelectField } from '../ui/fields';
import { copyPlan, createPlan, createStation, deleteStation, updatePlan, updateStation } from './local-writes';
import { splitAreas, StationForm } from './station-form';
import { rt } from './texts';

export type PanelProps = {
  db: LocalDb;
  person: Person;
  plan: RotationPlan | undefined;
  stations: Station[];
  flags: PlanFlags;
  apprentices: Person[];
  people: Person[];
  municipalities: Municipality[];
  editing: Station | null;
  setEditing: (s: Station | null) => void;
  municipalityName: (id: string) => string;
};

/** One apprentice's plan: what is flagged, the plan's areas, the stations with their form, and the copy. */
export function PlanPanel(props: PanelProps): JSX.Element {
  const byId = (id: string) => props.stations.find((s) => s.id === id);
  const short = (id: string) => {
    const s = byId(id);
    return s ? `${props.municipalityName(s.municipalityId)} ${formatDate(s.startsOn)}` : '';
  };
  const [areas, setAreas] = createSignal(props.plan?.trainingAreas.join(', ') ?? '');
  const [copyTo, setCopyTo] = createSignal('');
  const [copyError, setCopyError] = createSignal<string | undefined>();
  const saveAreas = async (e: SubmitEvent) => {
    e.preventDefault();
    const list = splitAreas(areas());
    if (props.plan) await updatePlan(props.db, props.plan.id, { trainingAreas: list });
    else await createPlan(props.db, { apprenticeId: props.person.id, trainingAreas: list });
    announce(rt('areasSaved'));
  };
  const copy = async (e: SubmitEvent) => {
    e.preventDefault();
    setCopyError(undefined);
    if (!copyTo()) {
      setCopyError(rt('choose'));
      return;
    }
    try {
      const made = await copyPlan(props.db, props.person.id, copyTo());
      announce(rt('copied', { n: made.length }));
    } catch (err) {
      const code = err instanceof AppError ? (err.details?.[0]?.code ?? err.code) : 'other';
      setCopyError(tCode('reason', code, 'reason.other'));
    }
  };
  const remove = async (s: Station) => {
    if (!(await askConfirm(rt('removeConfirm'), rt('remove'), true))) return;
    await deleteStation(props.db, s.id);
    announce(rt('removed'));
  };
  const f = () => props.flags;
  const none = () => f().overlaps.length + f().gaps.length + f().mentorAway.length + f().uncovered.length === 0;
  return (
    <section aria-labelledby="plan-title" class="card space-top" data-testid="plan-panel">
      <h2 id="plan-title">{rt('planOf', { name: props.person.displayName })}</h2>
      <h3>{rt('flagsHeading')}</h3>
      <Show when={!none()} fallback={<p>{rt('noFlags')}</p>}>
        <ul class="flag-list" data-testid="plan-flags">
          <For each={f().overlaps}>{([a, b]) => <li>⚠ {rt('overlap', { a: short(a), b: short(b) })}</li>}</For>
          <For each={f().gaps}>
            {(g) => <li>⚠ {rt('gap', { from: formatDate(g.from), to: formatDate(g.to), n: g.workingDays })}</li>}
          </For>
          <For each={f().mentorAway}>
            {(m) => (
              <li>
                ⚠ {rt('mentorAway', { from: formatDate(m.from), to: formatDate(m.to), station: short(m.stationId) })}
              </li>
            )}
          </For>
          <Show when={f().uncovered.length > 0}>
            <li>⚠ {rt('uncovered', { areas: f().uncovered.join(', ') })}</li>
          </Show>
        </ul>
      </Show>
      <form onSubmit={saveAreas} novalidate>
        <InputField
          id="plan-areas"
          type="text"
          label={rt('areasHeading')}
          hint={rt('areasHint')}
          value={areas()}
          onInput={setAreas}
          maxLength={2000}
        />
        <button type="submit" class="btn" data-testid="plan-areas-save">
          {rt('areasSave')}
        </button>
      </form>
      <h3>{rt('stationsHeading')}</h3>
      <Show when={props.stations.length > 0} fallback={<p class="empty">{rt('noStations')}</p>}>
        <ul class="plain-list" data-testid="plan-stations">
          <For each={props.stations}>
            {(s) => (
              <li class="card">
                <strong>{props.municipalityName(s.municipalityId)}</strong> · {s.department}
                <br />
                {formatDate(s.startsOn)} – {formatDate(s.endsOn)}
                <Show when={s.rev === 0}>
                  <span class="hint"> · {rt('pending')}</span>
                </Show>
                <div class="button-row">
                  <button type="button" class="btn" onClick={() => props.setEditing(s)}>
                    {rt('edit')}
                  </button>
                  <button type="button" class="btn btn-danger" onClick={() => remove(s)}>
                    {rt('remove')}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3 id="station-form-title">{props.editing ? rt('editStation') : rt('newStation')}</h3>
      <Show when={props.editing?.id ?? `new-${props.person.id}`} keyed>
        <StationForm
          station={props.editing}
          apprenticeId={props.person.id}
          people={props.people}
          municipalities={props.municipalities}
          onSave={async (input) => {
            if (props.editing) await updateStation(props.db, props.editing.id, input);
            else await createStation(props.db, input);
            announce(rt('stationSaved'));
            props.setEditing(null);
          }}
          extra={
            <Show when={props.editing}>
              <button type="button" class="btn" onClick={() => props.setEditing(null)}>
                {rt('cancelEdit')}
              </button>
            </Show>
          }
        />
      </Show>
      <h3>{rt('copyHeading')}</h3>
      <p>{rt('copyIntro')}</p>
      <form onSubmit={copy} novalidate>
        <SelectField
          id="copy-to"
          label={rt('copyTo')}
          value={copyTo()}
          placeholder={rt('choose')}
          error={copyError()}
          options={props.apprentices
            .filter((p) => p.id !== props.person.id)
            .map((p) => ({ value: p.id, label: p.displayName }))}
          onChange={setCopyTo}
        />
        <button type="submit" class="btn" data-testid="plan-copy">
          {rt('copy')}
        </button>
      </form>
    </section>
  );
}
