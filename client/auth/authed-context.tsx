import { createContext, type JSX, useContext } from 'solid-js';
import type { SessionUser } from '../../shared/auth/schemas';
import type { LocalDb } from '../db/local-db';
import { createLookups, type Lookups } from '../masterdata/lookups';

export type Authed = { db: LocalDb; user: SessionUser; lookups: Lookups };
const AuthedContext = createContext<Authed>();

/** What every signed-in page needs: the person's own database, the person, and master data. */
export function AuthedProvider(props: { db: LocalDb; user: SessionUser; children: JSX.Element }): JSX.Element {
  const value: Authed = { db: props.db, user: props.user, lookups: createLookups(props.db) };
  return <AuthedContext.Provider value={value}>{props.children}</AuthedContext.Provider>;
}

export function useAuthed(): Authed {
  const value = useContext(AuthedContext);
  if (!value) throw new Error('useAuthed() used outside a signed-in page');
  return value;
}
