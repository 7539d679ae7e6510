import { type Load, loadOf } from '../../shared/planning/week-totals';
import { formatHours, isoWeek } from '../i18n/i18n';
import type { Cells } from './board-model';
import { type ChipView, chipView, type Names } from './chip-view';
import { pt } from './texts';

/** A person's planned hours of one week against the weekly target, where the device knows it. */
export type TotalView = { load: Load | 'none'; label: string; text: string };

export function totalView(planned: number, target: number | null, week: string): TotalView {
  const hours = formatHours(planned);
  return {
    load: target === null ? 'none' : loadOf(planned, target),
    label: pt('weekTotal', { week: isoWeek(week) }),
    text:
      target === null
        ? pt('totalNoTarget', { planned: hours })
        : pt('total', { planned: hours, target: formatHours(target) }),
  };
}

/** What one person's row of the desktop grid shows: chips per board day, totals per board week. */
export type RowView = { days: readonly (readonly ChipView[])[]; totals: readonly TotalView[] };

export type RowInputs = {
  cells: Cells;
  days: readonly string[];
  mondays: readonly string[];
  planned: (personId: string, week: string) => number;
  target: (personId: string) => number | null;
  names: Names;
  timeZone: string;
};

const none: readonly ChipView[] = [];

/**
 * A row's view, made the first time the row is drawn and kept until the data changes (the caller makes a
 * new one then): scrolling back to a row formats nothing again, and rows never drawn cost nothing.
 */
export function createRowViews(i: RowInputs): (personId: string) => RowView {
  const made = new Map<string, RowView>();
  return (personId) => {
    let row = made.get(personId);
    if (row) return row;
    row = {
      days: i.days.map((date) => {
        const markers = i.cells.of(personId, date);
        return markers.length ? markers.map((m) => chipView(m, i.names, i.timeZone)) : none;
      }),
      totals: i.mondays.map((week) => totalView(i.planned(personId, week), i.target(personId), week)),
    };
    made.set(personId, row);
    return row;
  };
}
