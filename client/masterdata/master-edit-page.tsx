import { A, useNavigate, useParams } from '@solidjs/router';
import { t, tCode } from '../i18n/i18n';
import { createResource, createSignal, type JSX, Show } from 'solid-js';
import { AppError } from '../../shared/errors/errors';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { rowStore } from '../db/local-db';
import { announce } from '../ui/announce';
import { askConfirm } from '../ui/confirm-dialog';
import { expectNewPage } from '../ui/focus';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { AdminForm } from './admin-form';
import { type AdminKind, closureDayKind, municipalityKind, serviceTypeKind, siteKind } from './admin-kinds';
import { at } from './admin-texts';
import { editsSince, formValuesOf, parseForm } from './form-values';

/** `…/neu` creates, `…/:id` edits the row on this device; saving writes it and its outbox entry. */
function MasterEdit(props: { kind: AdminKind }): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const params = useParams();
  const navigate = useNavigate();
  const isNew = () => params.id === 'neu';
  // Why a delete was refused (still in use); in the page before it is filled, so it is announced.
  const [refused, setRefused] = createSignal('');
  const [row] = createResource(
    () => params.id,
    async (id) =>
      id === 'neu' ? null : ((await rowStore(db, props.kind.key).get(id)) as Record<string, unknown> | undefined),
  );
  const back = (text: string) => {
    announce(text);
    expectNewPage();
    navigate(props.kind.base);
  };
  const save = async (input: Record<string, unknown>) => {
    const id = params.id!;
    if (isNew()) await props.kind.writes.create(db, user, input as never);
    else await props.kind.writes.update(db, user, id, editsSince(props.kind.spec, row()!, input) as never);
    back(at('edit.saved'));
  };
  const remove = async () => {
    if (!(await askConfirm(at('edit.deleteConfirm'), at('edit.delete'), true))) return;
    try {
      await props.kind.writes.delete(db, user, params.id!);
      back(at('edit.deleted'));
    } catch (err) {
      const code = err instanceof AppError ? (err.details?.[0]?.code ?? err.code) : 'other';
      setRefused(tCode('reason', code, 'reason.other'));
    }
  };
  return (
    <RequireCapability any={pageNeeds.admin}>
      <PageTitle>{at(isNew() ? `edit.new.${props.kind.key}` : `edit.title.${props.kind.key}`)}</PageTitle>
      <Show when={!row.loading}>
        <Show when={isNew() || row()} fallback={<p class="notice notice-warn">{at('edit.notFound')}</p>}>
          <p role="status" class={refused() ? 'notice notice-warn' : 'sr-only'} data-testid="admin-refused">
            {refused()}
          </p>
          <AdminForm
            idPrefix={props.kind.key}
            initial={row() ? formValuesOf(props.kind.spec, row()!) : props.kind.empty}
            fields={(v) => props.kind.fields(v, lookups)}
            parse={(v) => parseForm(props.kind.spec, v)}
            onSave={save}
            extra={
              <>
                <A class="btn" href={props.kind.base}>
                  {t('app.cancel')}
                </A>
                <Show when={!isNew()}>
                  <button type="button" class="btn btn-danger" onClick={() => void remove()} data-testid="admin-delete">
                    {at('edit.delete')}
                  </button>
                </Show>
              </>
            }
          />
        </Show>
      </Show>
    </RequireCapability>
  );
}

export const MunicipalityEditPage = (): JSX.Element => <MasterEdit kind={municipalityKind} />;
export const SiteEditPage = (): JSX.Element => <MasterEdit kind={siteKind} />;
export const ServiceTypeEditPage = (): JSX.Element => <MasterEdit kind={serviceTypeKind} />;
export const ClosureDayEditPage = (): JSX.Element => <MasterEdit kind={closureDayKind} />;
