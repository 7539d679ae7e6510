import { afterEach } from 'vitest';
import { newId } from '../../shared/ids/ids';
import { LocalDb } from '../db/local-db';

/** Tests only: opens fresh device databases, each deleted after the test that opened it. */
export function freshDbs(prefix: string): () => LocalDb {
  const dbs: LocalDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  return () => {
    const db = new LocalDb(`${prefix}-${newId()}`);
    dbs.push(db);
    return db;
  };
}
