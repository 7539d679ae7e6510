import { For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDateTime, t, tCode } from '../i18n/i18n';
import { focusAfter } from '../ui/focus';
import { fieldLabel, fieldValue, summaryFields } from './field-values';

export function AttentionList(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const rows = createLiveQuery(() => db.attention.toArray(), []);
  return (
    <section aria-labelledby="attention-title">
      <h2 id="attention-title">{t('sync.attention')}</h2>
      <Show when={rows().length > 0} fallback={<p class="card-muted">{t('sync.noAttention')}</p>}>
        <p>{t('sync.attentionIntro')}</p>
        <ul class="plain-list">
          <For each={rows()}>
            {(r) => (
              <li class="card" data-testid="sync-attention">
                <h3>{t(`sync.kind.${r.table}`)}</h3>
                <p class="field-error">{tCode('reason', r.reason, 'reason.other')}</p>
                <p class="card-muted">{formatDateTime(r.at, user.timeZone)}</p>
                <Show when={r.row}>
                  {(row) => (
                    <dl class="details">
                      <For each={summaryFields.filter((f) => f in row())}>
                        {(f) => (
                          <>
                            <dt>{fieldLabel(r.table, f)}</dt>
                            <dd>{fieldValue(f, row()[f], lookups)}</dd>
                          </>
                        )}
                      </For>
                    </dl>
                  )}
                </Show>
                <button
                  type="button"
                  class="btn"
                  onClick={() => {
                    focusAfter('#attention-title');
                    void db.attention.delete(r.rowId);
                  }}
                >
                  {t('sync.dismiss')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
