import { type Accessor, createSignal } from 'solid-js';
import type { Assignment } from '../../shared/assignments/schema';
import { dateIn, timeIn } from '../../shared/time/dates';
import type { LocalDb } from '../db/local-db';
import { formatDayShort } from '../i18n/i18n';
import type { Lookups } from '../masterdata/lookups';
import { announce } from '../ui/announce';
import { askConfirm } from '../ui/confirm-dialog';
import { warningText } from '../working-time/warning-texts';
import { clashOf, copyAssignment, moveAssignment, shiftedTo } from './board-actions';
import type { Board } from './board-state';
import type { Marker } from './markers';
import { ruleWarningsOf } from './rule-check';
import { pt } from './texts';

/** `draft`: a copy dropped into a cell that needs a reason first (working-time rules). */
export type Editing =
  | { kind: 'new'; personId: string; date: string; draft?: Assignment }
  | { kind: 'edit'; assignment: Assignment };
export type Picking = { mode: 'move' | 'copy'; assignment: Assignment };

export type Controller = {
  editing: Accessor<Editing | null>;
  picking: Accessor<Picking | null>;
  /** A tap (or Enter) on a cell: drops the chosen assignment there, or opens the form for a new one. */
  cell: (personId: string, date: string) => Promise<void>;
  marker: (m: Marker) => void;
  pick: (p: Picking | null) => void;
  close: () => void;
  /** Asks before a booking the device knows to overlap; true: go ahead. */
  confirmFree: (a: Pick<Assignment, 'id' | 'personId' | 'plannedStart' | 'plannedEnd' | 'status'>) => Promise<boolean>;
};

/** The board's interactions, the same for the phone list and the desktop grid. */
export function createController(db: LocalDb, board: Board, lookups: Lookups, timeZone: string): Controller {
  const [editing, setEditing] = createSignal<Editing | null>(null);
  const [picking, setPicking] = createSignal<Picking | null>(null);

  const clashMessage = (other: Assignment) => {
    const start = new Date(other.plannedStart);
    return pt('clash', {
      name: board.personName(other.personId),
      from: `${formatDayShort(dateIn(timeZone, start))} ${timeIn(timeZone, start)}`,
      to: timeIn(timeZone, new Date(other.plannedEnd)),
      site: lookups.site(other.siteId)?.name ?? '',
    });
  };

  const confirmFree: Controller['confirmFree'] = async (a) => {
    const other = await clashOf(db, a);
    return !other || askConfirm(pt('clashConfirm', { message: clashMessage(other) }), pt('saveAnyway'), true);
  };

  const drop = async (p: Picking, personId: string, date: string) => {
    const times = shiftedTo(p.assignment, date, timeZone);
    const id = p.mode === 'move' ? p.assignment.id : '';
    if (!(await confirmFree({ id, personId, status: 'planned', ...times }))) return;
    const target = { personId, date };
    const status = p.mode === 'move' ? p.assignment.status : ('planned' as const);
    const planned = { ...p.assignment, id, personId, status, ...times };
    const fallback = { timeZone, municipalities: lookups.municipalities() };
    const ws = (await ruleWarningsOf(db, planned, fallback)).filter((w) => w.severity === 'warning');
    if (ws.length > 0) {
      // A breach needs a reason: the form opens with the dropped plan, its warnings shown on saving.
      const message = ws.map(warningText).join(' ');
      if (!(await askConfirm(pt('ruleConfirm', { message }), pt('planWithReason')))) return;
      setPicking(null);
      setEditing(
        p.mode === 'move' ? { kind: 'edit', assignment: planned } : { kind: 'new', personId, date, draft: planned },
      );
      return;
    }
    if (p.mode === 'move') await moveAssignment(db, p.assignment, target, timeZone);
    else await copyAssignment(db, p.assignment, target, timeZone);
    setPicking(null);
    const news = { day: formatDayShort(date), name: board.personName(personId) };
    announce(pt(p.mode === 'move' ? 'moved' : 'copied', news));
  };

  const cell = async (personId: string, date: string) => {
    const p = picking();
    if (p) await drop(p, personId, date);
    else setEditing({ kind: 'new', personId, date });
  };

  return {
    editing,
    picking,
    cell,
    marker(m) {
      if (!m.assignment) return;
      // While choosing a target, an assignment stands for its cell.
      if (picking()) void cell(m.assignment.personId, m.date);
      else setEditing({ kind: 'edit', assignment: m.assignment });
    },
    pick(p) {
      setEditing(null);
      setPicking(p);
      if (p)
        announce(p.mode === 'move' ? pt('pickTargetMove', { what: p.assignment.task || '…' }) : pt('pickTargetCopy'));
    },
    close: () => setEditing(null),
    confirmFree,
  };
}
