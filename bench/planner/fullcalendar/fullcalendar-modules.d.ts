/**
 * FullCalendar is installed only for the benchmark (FULLCALENDAR_PACKAGES), never a dependency, so a clean
 * clone's typecheck must not need it: the little of its API the bench page uses, declared here.
 */
declare module '@fullcalendar/core' {
  export class Calendar {
    constructor(root: HTMLElement, options: Record<string, unknown>);
    render(): void;
    destroy(): void;
  }
}
declare module '@fullcalendar/resource-timeline' {
  const plugin: unknown;
  export default plugin;
}
