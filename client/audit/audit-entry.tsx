import { For, type JSX, Show } from 'solid-js';
import type { AuditRow } from '../../shared/audit/schema';
import { formatDateTime } from '../i18n/i18n';
import { actionLine } from './action-text';
import { at } from './texts';
import type { ValueLine } from './audit-values';

export type EntryView = { who: string; what: string; lines: ValueLine[] };

/** "Anna Gruber · 18.11.26, 10:30 · Zeiteintrag geändert", then a small table of old → new values. */
export function AuditEntry(props: { row: AuditRow; view: EntryView; timeZone: string }): JSX.Element {
  const hasBefore = () => props.view.lines.some((l) => l.before !== '');
  const hasAfter = () => props.view.lines.some((l) => l.after !== '');
  return (
    <li class="card audit-entry" data-testid="audit-entry">
      <p class="card-top">
        <strong>{props.view.who}</strong>
        <span class="card-time">
          <time datetime={props.row.at}>{formatDateTime(props.row.at, props.timeZone)}</time>
        </span>
      </p>
      <p class="card-line">{actionLine(props.row.action, props.view.what)}</p>
      <Show when={props.view.lines.length > 0}>
        <table class="audit-values">
          <thead>
            <tr>
              <th scope="col">{at('audit.field')}</th>
              <Show when={hasBefore()}>
                <th scope="col">{at('audit.before')}</th>
              </Show>
              <Show when={hasAfter()}>
                <th scope="col">{at('audit.after')}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.view.lines}>
              {(line) => (
                <tr>
                  <th scope="row">{line.label}</th>
                  <Show when={hasBefore()}>
                    <td>{line.before}</td>
                  </Show>
                  <Show when={hasAfter()}>
                    <td>{line.after}</td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={props.row.redacted}>
        <p class="card-muted">{at('audit.redacted')}</p>
      </Show>
    </li>
  );
}
