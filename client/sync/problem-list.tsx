import { A } from '@solidjs/router';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import type { ProblemRecord } from '../db/local-db';
import { createLiveQuery } from '../db/live';
import { formatDateTime, t, tCode } from '../i18n/i18n';
import { focusAfter } from '../ui/focus';
import { askConfirm } from '../ui/confirm-dialog';
import { fieldLabel, fieldValue, summaryFields } from './field-values';
import { changedValues, mayRetry, problemText } from './problem-actions';
import { ProblemClash } from './problem-clash';
import { opView } from './rebase';
import { clientRecords } from './registry';

export function ProblemList(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const problems = createLiveQuery(() => db.problems.orderBy('mutationId').toArray(), []);
  const [copied, setCopied] = createSignal<{ id: number; ok: boolean } | null>(null);
  const copy = async (p: ProblemRecord) => {
    try {
      await navigator.clipboard.writeText(`${t(`sync.action.${p.name}`)}\n${problemText(p, lookups)}`);
      setCopied({ id: p.mutationId, ok: true });
    } catch {
      // No clipboard (insecure context, denied): the values stay on screen to select by hand.
      setCopied({ id: p.mutationId, ok: false });
    }
  };
  const discard = async (p: ProblemRecord, button: HTMLElement) => {
    if (!(await askConfirm(t('sync.discardConfirm'), t('sync.discard'), true))) return;
    await db.problems.delete(p.mutationId);
    focusAfter('#problems-title', button); // its card goes, and the button with it
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
              const retry = mayRetry(user, p);
              return (
                <li class="card" data-testid="sync-problem">
                  <h3>{t(`sync.action.${p.name}`)}</h3>
                  <p class="field-error">{tCode('reason', p.code, 'reason.other')}</p>
                  <ProblemClash problem={p} />
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
                  <Show when={!retry}>
                    <p class="notice notice-warn" data-testid="problem-not-for-role">
                      {t('sync.notForRole')}
                    </p>
                  </Show>
                  <div class="button-row">
                    <Show when={retry && op === 'create' && edit.resend}>
                      {(resend) => (
                        <A class="btn btn-primary" href={resend()(p.mutationId)}>
                          {t('sync.editResend')}
                        </A>
                      )}
                    </Show>
                    <Show when={retry && op === 'update'}>
                      <A class="btn" href={edit.route(p.rowId)}>
                        {t('sync.openEntry')}
                      </A>
                    </Show>
                    <Show when={!retry}>
                      <button type="button" class="btn" onClick={() => void copy(p)}>
                        {t('sync.copy')}
                      </button>
                    </Show>
                    <button type="button" class="btn btn-danger" onClick={(e) => void discard(p, e.currentTarget)}>
                      {t('sync.discard')}
                    </button>
                  </div>
                  <p role="status">
                    <Show when={copied()?.id === p.mutationId}>
                      {copied()?.ok ? t('sync.copied') : t('sync.copyFailed')}
                    </Show>
                  </p>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </section>
  );
}
