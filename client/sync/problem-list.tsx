import { A } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import type { ProblemRecord } from '../db/local-db';
import { createLiveQuery } from '../db/live';
import { formatDateTime, t, tCode } from '../i18n/i18n';
import { askConfirm } from '../ui/confirm-dialog';
import { fieldLabel, fieldValue, summaryFields } from './field-values';
import { opView } from './rebase';
import { clientRecords } from './registry';

/** What a rejected change carried: the whole entry for a create, the changed fields otherwise. */
function changedValues(p: ProblemRecord): Record<string, unknown> {
  if ('changes' in p.args) return p.args.changes;
  if ('base' in p.args) return p.args.base;
  return p.args;
}

export function ProblemList(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const problems = createLiveQuery(() => db.problems.orderBy('mutationId').toArray(), []);
  const discard = async (p: ProblemRecord) => {
    if (await askConfirm(t('sync.discardConfirm'), t('sync.discard'), true)) await db.problems.delete(p.mutationId);
  };
  return (
    <section aria-labelledby="problems-title">
      <h2 id="problems-title">{t('sync.problems')}</h2>
      <Show when={problems().length > 0} fallback={<p class="card-muted">{t('sync.noProblems')}</p>}>
        <p>{t('sync.problemsIntro')}</p>
        <ul class="plain-list">
          <For each={problems()}>
            {(p) => {
              const values = changedValues(p);
              const { op } = opView(p);
              const edit = clientRecords[p.table].conflict;
              return (
                <li class="card" data-testid="sync-problem">
                  <h3>{t(`sync.action.${p.name}`)}</h3>
                  <p class="field-error">{tCode('reason', p.code, 'reason.other')}</p>
                  <p class="card-muted">{formatDateTime(p.at, user.timeZone)}</p>
                  <dl class="details">
                    <For each={summaryFields.filter((f) => f in values)}>
                      {(f) => (
                        <>
                          <dt>{fieldLabel(p.table, f)}</dt>
                          <dd>{fieldValue(f, values[f], lookups)}</dd>
                        </>
                      )}
                    </For>
                  </dl>
                  <div class="button-row">
                    <Show when={op === 'create' && edit.resend}>
                      {(resend) => (
                        <A class="btn btn-primary" href={resend()(p.mutationId)}>
                          {t('sync.editResend')}
                        </A>
                      )}
                    </Show>
                    <Show when={op === 'update'}>
                      <A class="btn" href={edit.route(p.rowId)}>
                        {t('sync.openEntry')}
                      </A>
                    </Show>
                    <button type="button" class="btn btn-danger" onClick={() => void discard(p)}>
                      {t('sync.discard')}
                    </button>
                  </div>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
