/**
 * FullCalendar's resource timeline on the planning bench's data (bench/planner-board.ts): people as
 * resources, six weeks of days as slots, the same assignments as events, at the same size as our grid.
 * Installed only for the benchmark (FULLCALENDAR_PACKAGES); the key is FullCalendar's open-source licence.
 */
import { Calendar } from '@fullcalendar/core';
import resourceTimelinePlugin from '@fullcalendar/resource-timeline';
import { type BoardPageApi, nextFrame, scrollThrough } from '../page-probe';
import { PLANNER_MONDAY, PLANNER_TIME_ZONE, PLANNER_WEEKS, plannerAssignments, plannerPeople } from '../planner-data';

const root = document.getElementById('root')!;
// The height our grid gets on a 900 px screen, so both draw about the same number of rows.
root.style.height = 'calc(100vh - 16rem)';
let data: { people: ReturnType<typeof plannerPeople>; assignments: ReturnType<typeof plannerAssignments> } | undefined;
let calendar: Calendar | undefined;

const api: BoardPageApi = {
  async seed(n) {
    const people = plannerPeople(n);
    data = { people, assignments: plannerAssignments(people) };
    return data.assignments.length;
  },
  async render() {
    if (!data) throw new Error('seed first');
    calendar?.destroy();
    root.textContent = '';
    await nextFrame();
    const started = performance.now();
    calendar = new Calendar(root, {
      plugins: [resourceTimelinePlugin],
      schedulerLicenseKey: 'GPL-My-Project-Is-Open-Source',
      initialView: 'planner',
      views: { planner: { type: 'resourceTimeline', duration: { weeks: PLANNER_WEEKS }, slotDuration: { days: 1 } } },
      initialDate: PLANNER_MONDAY,
      timeZone: PLANNER_TIME_ZONE,
      height: '100%',
      slotMinWidth: 120,
      resourceAreaWidth: '13rem',
      resourceAreaHeaderContent: 'Person',
      resourceOrder: 'title',
      resources: data.people.map((p) => ({ id: p.id, title: p.displayName })),
      events: data.assignments.map((a) => ({
        id: a.id,
        resourceId: a.personId,
        start: a.plannedStart,
        end: a.plannedEnd,
        title: a.task,
      })),
    });
    calendar.render();
    await nextFrame();
    return { ms: performance.now() - started, cells: root.querySelectorAll('.fc-timeline-event').length };
  },
  scroll(step) {
    const scrollers = [...root.querySelectorAll<HTMLElement>('.fc-scroller')];
    // The body's scroller: the one that scrolls vertically the furthest.
    const body = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
    if (!body) throw new Error('no FullCalendar scroller');
    return scrollThrough(body, step);
  },
};

window.boardBench = api;
