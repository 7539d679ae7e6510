/**
 * The PouchDB packages bundled into the browser bench page (pouch-device.ts) ship no types and are
 * not dependencies of the project (see POUCH_INSTALL in ../pouchdb-load.ts). Declared as `unknown`
 * here so the page must say which of their API it relies on (pouchdb-load.ts's PouchStatic).
 */
declare module 'pouchdb-core' {
  const PouchDB: unknown;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
