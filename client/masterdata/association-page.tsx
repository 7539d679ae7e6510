import { createResource, type JSX, Show } from 'solid-js';
import { approvalPeriods, lawPacks } from '../../shared/masterdata/association-settings';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { t } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { AdminForm, type FormField, type FormValues } from './admin-form';
import { countryOptions, stateOptions } from './admin-kinds';
import { type AdminText, at } from './admin-texts';
import { associationForm, editsSince, formValuesOf, parseForm } from './form-values';
import { updateAssociationSettings } from './local-writes';

const fields = (v: FormValues): FormField[] => [
  { name: 'name', label: t('field.name'), type: 'text', required: true, maxLength: 160 },
  { name: 'country', label: t('field.country'), type: 'select', required: true, options: countryOptions() },
  { name: 'state', label: t('field.state'), type: 'select', required: true, options: stateOptions(v.country ?? '') },
  { name: 'timeZone', label: t('field.timeZone'), type: 'text', required: true, hint: at('edit.timeZoneHint') },
  {
    name: 'lawPack',
    label: t('field.lawPack'),
    type: 'select',
    required: true,
    options: lawPacks.map((p) => ({ value: p, label: at(`law.${p}` as AdminText) })),
  },
  {
    name: 'approvalPeriod',
    label: t('field.approvalPeriod'),
    type: 'select',
    required: true,
    options: approvalPeriods.map((p) => ({ value: p, label: at(`period.${p}`) })),
  },
  {
    name: 'accessibilityContact',
    label: t('field.accessibilityContact'),
    type: 'text',
    maxLength: 200,
    hint: at('edit.accessibilityHint'),
  },
];

/** `/verwaltung/verband`: the association's own settings; one row, read by every member. */
export function AssociationPage(): JSX.Element {
  const { db, user } = useAuthed();
  const [row] = createResource(() => db.associationSettings.get(user.associationId));
  const save = async (input: Record<string, unknown>) => {
    await updateAssociationSettings(db, user, editsSince(associationForm, row()!, input));
    announce(at('edit.saved'));
  };
  return (
    <RequireCapability any={pageNeeds.admin}>
      <PageTitle>{at('association.title')}</PageTitle>
      <Show when={!row.loading}>
        <Show when={row()} fallback={<p class="notice notice-warn">{at('edit.notFound')}</p>}>
          {(r) => (
            <AdminForm
              idPrefix="association"
              initial={formValuesOf(associationForm, r())}
              fields={fields}
              parse={(v) => parseForm(associationForm, v)}
              onSave={save}
            />
          )}
        </Show>
      </Show>
    </RequireCapability>
  );
}
