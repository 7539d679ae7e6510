import { useNavigate } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { AppError } from '../../shared/errors/errors';
import { useAuthed } from '../auth/authed-context';
import type { ConflictRecord } from '../db/local-db';
import { createLiveQuery } from '../db/live';
import { formatDateTime, t, tCode } from '../i18n/i18n';
import { focusAfter } from '../ui/focus';
import { createSignal } from 'solid-js';
import { comparedFields, editAfterConflict, keepMine, takeTheirs } from './conflict-actions';
import { mayRetry } from './problem-actions';
import { fieldLabel, fieldValue, summaryFields } from './field-values';

export function ConflictList(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const navigate = useNavigate();
  const conflicts = createLiveQuery(() => db.conflicts.orderBy('rowId').toArray(), []);
  const [error, setError] = createSignal<string | null>(null);
  const act = async (fn: () => Promise<void>) => {
    setError(null);
    // A resolved conflict's card goes away with the focused button: focus goes to the list's heading.
    focusAfter('#conflicts-title');
    try {
      await fn();
    } catch (err) {
      const code = err instanceof AppError ? (err.details?.[0]?.code ?? err.code) : 'other';
      setError(tCode('reason', code, 'reason.other'));
    }
  };
  const cell = (c: ConflictRecord, side: 'mine' | 'theirs', f: string) => {
    const row = c[side];
    return row ? fieldValue(f, row[f], lookups) : t('sync.deleted');
  };
  return (
    <section aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('sync.conflicts')}</h2>
      <div role="alert">
        <Show when={error()}>
          <p class="error-summary">{error()}</p>
        </Show>
      </div>
      <Show when={conflicts().length > 0} fallback={<p class="card-muted">{t('sync.noConflicts')}</p>}>
        <p>{t('sync.conflictsIntro')}</p>
        <ul class="plain-list">
          <For each={conflicts()}>
            {(c) => (
              <li class="card" data-testid="sync-conflict">
                <h3>{t(`sync.kind.${c.table}`)}</h3>
                <p class="field-error">{tCode('reason', c.code, 'reason.other')}</p>
                <p class="card-muted">{formatDateTime(c.at, user.timeZone)}</p>
                <table class="compare">
                  <thead>
                    <tr>
                      <th scope="col">{t('sync.field')}</th>
                      <th scope="col">{t('sync.mine')}</th>
                      <th scope="col">{t('sync.theirs')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={comparedFields(c, summaryFields)}>
                      {(f) => (
                        <tr>
                          <th scope="row">{fieldLabel(c.table, f)}</th>
                          <td>{cell(c, 'mine', f)}</td>
                          <td>{cell(c, 'theirs', f)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
                <div class="button-row">
                  {/* Keeping or editing mine writes again: offered only while the role allows it. */}
                  <Show when={mayRetry(user, c)}>
                    <button
                      type="button"
                      class="btn btn-primary"
                      onClick={() => void act(async () => void (await keepMine(db, user, c)))}
                    >
                      {t('sync.keepMine')}
                    </button>
                  </Show>
                  <button type="button" class="btn" onClick={() => void act(() => takeTheirs(db, c))}>
                    {t('sync.takeTheirs')}
                  </button>
                  <Show when={mayRetry(user, c)}>
                    <button
                      type="button"
                      class="btn"
                      onClick={() => void act(async () => navigate(await editAfterConflict(db, user, c)))}
                    >
                      {t('sync.editConflict')}
                    </button>
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
