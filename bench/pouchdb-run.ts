/**
 * `npm run bench:pouchdb`: our initial sync versus PouchDB replication (needs the PouchDB packages, see POUCH_INSTALL).
 */
import 'fake-indexeddb/auto';
import { comparePouch, formatPouch } from './pouchdb-compare';
import { loadPouch, POUCH_INSTALL } from './pouchdb-load';
import { argValue } from './stats';

const kit = loadPouch();
if (!kit) {
  console.error(
    'PouchDB is not installed (kept out of package.json: about 30 MB, 270 packages). ' +
      `Install it for this comparison with:\n  ${POUCH_INSTALL}`,
  );
  process.exit(2);
}
const result = await comparePouch(kit, Number(argValue('records') ?? 10_000), Number(argValue('runs') ?? 5), (l) =>
  console.log(l),
);
for (const l of formatPouch(result)) console.log(l);
if (process.argv.includes('--json')) console.log(JSON.stringify({ pouchdb: result }));
