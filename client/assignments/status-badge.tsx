import type { JSX } from 'solid-js';
import type { AssignmentStatus } from '../../shared/assignments/schema';
import { t } from '../i18n/i18n';

export function StatusBadge(props: { status: AssignmentStatus }): JSX.Element {
  return <span class={`badge badge-${props.status}`}>{t(`status.${props.status}`)}</span>;
}
