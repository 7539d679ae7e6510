import { For, type JSX, Show } from 'solid-js';
import { InputField } from '../ui/fields';
import type { DayInput } from './slots';
import { ct } from './texts';

/** The days of a request, each a date and two times; more can be added, any but the last removed. */
export function DayFields(props: {
  days: DayInput[];
  errorOf: (field: string) => string | undefined;
  onChange: (i: number, day: DayInput) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
}): JSX.Element {
  return (
    <>
      <For each={props.days}>
        {(day, i) => (
          <fieldset class="cover-day">
            <legend>{ct('dayN', { n: i() + 1 })}</legend>
            <InputField
              id={`cover-slots.${i()}.date`}
              label={ct('date')}
              type="date"
              required
              value={day.date}
              error={props.errorOf(`slots.${i()}.date`)}
              onInput={(v) => props.onChange(i(), { ...day, date: v })}
            />
            <InputField
              id={`cover-slots.${i()}.start`}
              label={ct('from')}
              type="time"
              required
              value={day.from}
              onInput={(v) => props.onChange(i(), { ...day, from: v })}
            />
            <InputField
              id={`cover-slots.${i()}.end`}
              label={ct('to')}
              type="time"
              required
              value={day.to}
              error={props.errorOf(`slots.${i()}.end`)}
              onInput={(v) => props.onChange(i(), { ...day, to: v })}
            />
            <Show when={props.days.length > 1}>
              <button type="button" class="btn" onClick={() => props.onRemove(i())}>
                {ct('removeDay', { n: i() + 1 })}
              </button>
            </Show>
          </fieldset>
        )}
      </For>
      <button type="button" class="btn" onClick={() => props.onAdd()}>
        {ct('addDay')}
      </button>
    </>
  );
}
