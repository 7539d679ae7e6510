// IndexedDB for client tests in Node; loaded before any test module so Dexie finds it.
import 'fake-indexeddb/auto';
