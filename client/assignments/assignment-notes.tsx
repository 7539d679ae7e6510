import { createEffect, createSignal, type JSX, on } from 'solid-js';
import type { Assignment } from '../../shared/assignments/schema';
import { useAuthed } from '../auth/authed-context';
import { t } from '../i18n/i18n';
import { TextAreaField } from '../ui/fields';
import { updateAssignment } from './local-writes';

/** The worker's notes; a newer version from sync replaces the text only while nothing is typed. */
export function AssignmentNotes(props: { assignment: Assignment }): JSX.Element {
  const { db } = useAuthed();
  const [text, setText] = createSignal(props.assignment.workerNotes);
  const [saved, setSaved] = createSignal(false);
  const dirty = () => text() !== props.assignment.workerNotes;
  createEffect(
    on(
      () => props.assignment.workerNotes,
      (notes, previous) => {
        if (text() === previous) setText(notes);
      },
      { defer: true },
    ),
  );
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!dirty()) return;
    await updateAssignment(db, props.assignment.id, { workerNotes: text() });
    setSaved(true);
  };
  return (
    <form onSubmit={(e) => void save(e)}>
      <TextAreaField
        id="assignment-notes"
        label={t('assignment.notes')}
        hint={t('assignment.notesHint')}
        maxLength={4000}
        value={text()}
        onInput={(v) => {
          setText(v);
          setSaved(false);
        }}
      />
      <div class="button-row">
        {/* aria-disabled, not disabled: after saving, focus stays on the button instead of falling to the page. */}
        <button type="submit" class="btn btn-primary" aria-disabled={dirty() ? undefined : 'true'}>
          {t('assignment.saveNotes')}
        </button>
      </div>
      <p role="status" data-testid="notes-status">
        {saved() && !dirty() ? t('app.saved') : ''}
      </p>
    </form>
  );
}
