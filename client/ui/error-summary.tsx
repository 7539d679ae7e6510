import { For, type JSX, Show } from 'solid-js';
import type { Issue } from '../../shared/errors/errors';

/**
 * A form's error summary (GOV.UK pattern): in an alert region before it fills, a failure line and a list
 * of links that move focus to each field in error. The form focuses it (`ref`) after a failed save.
 */
export function ErrorSummary(props: {
  issues: readonly Issue[];
  failure: string | null;
  /** "2 fields need attention" in the form's words. */
  heading: string;
  /** The id of the field an issue names. */
  fieldId: (path: string) => string;
  /** "Label: message" of one issue. */
  line: (issue: Issue) => string;
  ref: (el: HTMLDivElement) => void;
  testId?: string;
}): JSX.Element {
  return (
    <div role="alert">
      <Show when={props.issues.length > 0 || props.failure}>
        <div class="error-summary" tabindex="-1" ref={props.ref} data-testid={props.testId}>
          <Show when={props.failure}>{(f) => <p>{f()}</p>}</Show>
          <Show when={props.issues.length > 0}>
            <p>{props.heading}</p>
            <ul>
              <For each={props.issues}>
                {(i) => (
                  <li>
                    <a
                      href={`#${props.fieldId(i.path)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(props.fieldId(i.path))?.focus();
                      }}
                    >
                      {props.line(i)}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </div>
      </Show>
    </div>
  );
}
