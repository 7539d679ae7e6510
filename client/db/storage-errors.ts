/** The device ran out of space: the write was rolled back as a whole and the form keeps its input. */
export class StorageFullError extends Error {
  readonly code = 'storage_full';
  constructor() {
    super('Der Speicher des Geräts ist voll. Nichts wurde verloren; bitte Platz schaffen und erneut speichern.');
  }
}

const isQuota = (err: unknown): boolean => {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
};

/** Runs a local write and turns the browser's quota error (however Dexie wraps it) into one clear error. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isQuota(err)) throw new StorageFullError();
    throw err;
  }
}
