import { For, type JSX, Show } from 'solid-js';
import type { WorkingTimeWarning } from '../../shared/working-time/types';
import { TextAreaField } from '../ui/fields';
import { warningText } from '../working-time/warning-texts';
import { pt } from './texts';

export const REASON_ID = 'plan-reason';

/**
 * The working-time warnings of the plan in the form, each naming its paragraph, and the field for the
 * coordinator's reason to plan past them. The region is always there, so screen readers hear it change.
 */
export function RuleWarnings(props: {
  warnings: readonly WorkingTimeWarning[];
  reason: string;
  onReason: (v: string) => void;
  error: string | undefined;
}): JSX.Element {
  return (
    <div id="plan-rule-warnings" role="status" data-testid="plan-rule-warnings">
      <Show when={props.warnings.length > 0}>
        <div class="notice notice-warn">
          <p class="flush-top">
            <strong>{pt('ruleWarnings')}</strong>
          </p>
          <ul class="warn-list">
            <For each={props.warnings}>{(w) => <li>{warningText(w)}</li>}</For>
          </ul>
        </div>
        <Show when={props.warnings.some((w) => w.severity === 'warning')}>
          <TextAreaField
            id={REASON_ID}
            label={pt('overrideReason')}
            hint={pt('overrideHint')}
            value={props.reason}
            maxLength={500}
            onInput={props.onReason}
            error={props.error}
            describedBy="plan-rule-warnings"
            testId={REASON_ID}
            required
          />
        </Show>
      </Show>
    </div>
  );
}
