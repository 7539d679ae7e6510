/**
 * Resolves once the browser is idle after the first screen (at most 2 s later): the engine's start
 * (its transactions, then the sync) then runs apart from the page's first reads of local data
 * instead of lengthening the same busy stretch. Browsers without requestIdleCallback wait 200 ms.
 */
export function afterFirstScreen(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

let engineModule: Promise<typeof import('./engine')> | undefined;
/**
 * Starts the download of the sync engine (once). main.tsx calls it before the first render of a
 * signed-in page: otherwise the download begins only when SyncProvider renders, after the session
 * check, and a never-synced device's first pull (and with it the first rows) waits one round trip more.
 */
export function loadEngine(): Promise<typeof import('./engine')> {
  engineModule ??= import('./engine');
  return engineModule;
}

/**
 * When the engine may start: on a device that has synced before, once the browser is idle (its local
 * data is already on screen); on one that never has, at once: it has nothing to show until the first
 * pull is in, and waiting for idle only delays the first rows (the page's largest paint) by up to 2 s.
 */
export function engineStartGate(lastSyncAt: Promise<string | null>, idle: () => Promise<void>): Promise<void> {
  return lastSyncAt.then(
    (last) => (last === null ? undefined : idle()),
    () => idle(),
  );
}
