// Kept for callers from before the registry; the field maps live with each record type now.
export { toAssignment } from '../assignments/fields';
export { toTimeEntry } from '../time-entries/fields';
