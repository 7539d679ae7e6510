import { type ActAction, isActAction, isRecordAction } from '../../shared/audit/actions';
import { type AuditText, at } from './texts';

/**
 * The line under who and when: a record change as "<kind of record> <verb>" ("Zeiteintrag geändert"),
 * an administrative act by its own words ("Person eingeladen"). An action this client does not know
 * (a newer server) is shown as stored rather than hidden.
 */
export function actionLine(action: string, what: string): string {
  if (isRecordAction(action)) return `${what} ${at(`audit.action.${action}`)}`;
  if (isActAction(action)) return at(actKey(action));
  return what ? `${what}: ${action}` : action;
}

// A template type, not a cast: an act without a label in texts.ts does not compile.
export const actKey = (action: ActAction): AuditText => `audit.act.${action}`;
