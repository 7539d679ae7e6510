import { For, type JSX, Show } from 'solid-js';
import type { CheckedExpansion } from '../../shared/series/occurrence-checks';
import { formatDate } from '../i18n/i18n';
import { InputField } from '../ui/fields';
import { warningText } from '../working-time/warning-texts';
import type { RepeatErrors, RepeatForm } from './repeat-form';
import type { Repeat } from './repeat-state';
import { rt } from './repeat-texts';
import '../ui/checks.css';
import './repeat.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const dayName = (d: number) => rt(`day.${d}` as `day.${(typeof WEEKDAYS)[number]}`);
const errorText = (code: RepeatErrors[keyof RepeatErrors]) =>
  code === undefined ? undefined : rt(code === 'interval' ? 'interval_error' : code);

/** "Wiederholen": a switch, then weekdays (Mon–Sun), every N weeks and the required end date. */
export function RepeatFields(props: {
  value: RepeatForm;
  onChange: (r: RepeatForm) => void;
  errors: RepeatErrors;
  /** Switching off is not offered where the form edits a series (its rest is always a series). */
  fixedOn?: boolean;
}): JSX.Element {
  const set = (over: Partial<RepeatForm>) => props.onChange({ ...props.value, ...over });
  const toggle = (d: number, on: boolean) =>
    set({ weekdays: on ? [...props.value.weekdays, d] : props.value.weekdays.filter((x) => x !== d) });
  return (
    <div class="repeat" data-testid="plan-repeat">
      <Show when={!props.fixedOn}>
        <div class="checks">
          <label>
            <input
              type="checkbox"
              id="plan-repeat-on"
              checked={props.value.on}
              onChange={(e) => set({ on: e.currentTarget.checked })}
            />
            {rt('repeat')}
          </label>
        </div>
      </Show>
      <Show when={props.value.on || props.fixedOn}>
        <fieldset
          class="checks repeat-days"
          id="plan-repeat-weekdays"
          tabindex="-1"
          aria-describedby={props.errors.weekdays ? 'plan-repeat-weekdays-error' : undefined}
        >
          <legend>{rt('weekdays')}</legend>
          <div class="repeat-day-grid">
            <For each={WEEKDAYS}>
              {(d) => (
                <label>
                  <input
                    type="checkbox"
                    value={d}
                    checked={props.value.weekdays.includes(d)}
                    aria-invalid={props.errors.weekdays ? 'true' : undefined}
                    onChange={(e) => toggle(d, e.currentTarget.checked)}
                  />
                  {dayName(d)}
                </label>
              )}
            </For>
          </div>
          <Show when={props.errors.weekdays}>
            <p class="field-error" id="plan-repeat-weekdays-error">
              {errorText(props.errors.weekdays)}
            </p>
          </Show>
        </fieldset>
        <div class="board-form-grid">
          <InputField
            id="plan-repeat-interval"
            type="number"
            inputMode="numeric"
            min="1"
            max="8"
            step="1"
            label={rt('interval')}
            hint={rt('intervalHint')}
            value={props.value.interval}
            onInput={(v) => set({ interval: v })}
            error={errorText(props.errors.interval)}
            required
          />
          <InputField
            id="plan-repeat-until"
            type="date"
            label={rt('until')}
            hint={rt('untilHint')}
            value={props.value.until}
            onInput={(v) => set({ until: v })}
            error={errorText(props.errors.until)}
            required
          />
        </div>
      </Show>
    </div>
  );
}

/**
 * The dates a series will make and those it skips with why, before saving (computed on the device) and
 * as the saved result. A live region, so a screen reader hears the count change as days are ticked.
 */
export function RepeatPreview(props: { preview: CheckedExpansion | null; saved: boolean }): JSX.Element {
  return (
    <section class="repeat-preview" aria-labelledby="plan-repeat-preview-title" data-testid="plan-repeat-preview">
      <h3 id="plan-repeat-preview-title">{props.saved ? rt('result') : rt('preview')}</h3>
      <p class="hint">{props.saved ? rt('resultHint') : rt('previewHint')}</p>
      <div role="status">
        <Show when={props.preview}>
          {(p) => (
            <>
              <p>
                <strong>
                  {p().occurrences.length > 0 ? rt('creates', { n: p().occurrences.length }) : rt('createsNone')}
                </strong>
              </p>
              <ul class="repeat-dates" data-testid="plan-repeat-dates">
                <For each={p().occurrences}>
                  {(o) => (
                    <li>
                      {formatDate(o.date)}
                      <Show when={o.absenceId}> – {rt('absence')}</Show>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={p().skipped.length > 0}>
                <p>
                  <strong>{rt('skipped', { n: p().skipped.length })}</strong>
                </p>
                <ul class="repeat-skipped" data-testid="plan-repeat-skipped">
                  <For each={p().skipped}>
                    {(d) => (
                      <li>
                        {formatDate(d.date)}: {rt(d.reason)} ({d.name})
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={p().warnings.length > 0}>
                <div class="notice notice-warn">
                  <p class="flush-top">
                    <strong>{rt('warnings', { n: p().warnings.length })}</strong>
                  </p>
                  <ul class="warn-list" data-testid="plan-repeat-warnings">
                    <For each={p().warnings}>
                      {(w) => (
                        <li>
                          {formatDate(w.date)}: {w.warnings.map(warningText).join('; ')}
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              </Show>
            </>
          )}
        </Show>
      </div>
    </section>
  );
}

/** For an assignment of a series: whether a change is for this date only or for it and all following. */
export function SeriesScope(props: {
  value: 'one' | 'following';
  onChange: (v: 'one' | 'following') => void;
  first: boolean;
}): JSX.Element {
  return (
    <fieldset class="checks" id="plan-series-scope" data-testid="plan-series-scope">
      <legend>{rt('scope')}</legend>
      <label>
        <input
          type="radio"
          name="plan-series-scope"
          value="one"
          checked={props.value === 'one'}
          onChange={() => props.onChange('one')}
        />
        {rt('scopeOne')}
      </label>
      <label>
        <input
          type="radio"
          name="plan-series-scope"
          value="following"
          checked={props.value === 'following'}
          disabled={props.first}
          aria-describedby={props.first ? 'plan-series-scope-first' : undefined}
          onChange={() => props.onChange('following')}
        />
        {rt('scopeFollowing')}
      </label>
      <Show when={props.first}>
        <p class="hint" id="plan-series-scope-first">
          {rt('scopeFirst')}
        </p>
      </Show>
    </fieldset>
  );
}

/** The series part of the board form: the split choice of a series' assignment, the repetition, the preview. */
export function RepeatSection(props: { rep: Repeat; editing: boolean }): JSX.Element {
  const rep = props.rep;
  return (
    <>
      <Show when={props.editing && rep.inSeries}>
        <SeriesScope value={rep.scope()} onChange={rep.setScope} first={rep.first()} />
      </Show>
      <Show when={!props.editing || rep.active()}>
        <RepeatFields value={rep.repeat()} onChange={rep.setRepeat} errors={rep.errors()} fixedOn={props.editing} />
      </Show>
      <Show when={rep.active()}>
        <RepeatPreview preview={rep.result() ?? rep.preview() ?? null} saved={rep.result() !== null} />
      </Show>
    </>
  );
}
