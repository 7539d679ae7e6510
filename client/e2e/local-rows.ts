import type { Page } from 'playwright-core';

/** Rows left in the synced tables of every app database in this browser context. */
export const localRows = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    let rows = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith('ikz-einsatz-')) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores = ['assignments', 'municipalities', 'sites', 'serviceTypes', 'people', 'entryChunks'].filter((s) =>
        db.objectStoreNames.contains(s),
      );
      for (const store of stores) {
        rows += await new Promise<number>((resolve) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
        });
      }
      db.close();
    }
    return rows;
  });
