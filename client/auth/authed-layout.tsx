import { Navigate, type RouteSectionProps } from '@solidjs/router';
import { createMemo, type JSX, Show } from 'solid-js';
import { SyncProvider } from '../sync/sync-context';
import { AppShell } from '../ui/app-shell';
import { AuthedProvider } from './authed-context';
import { resumeFromCookie } from './auth-api';
import { db, resuming, signedIn, user } from './session';

/** Signed-in pages get the person's database, one sync engine and the app frame; others go to /login. */
export function AuthedLayout(props: RouteSectionProps): JSX.Element {
  if (!user()) void resumeFromCookie();
  const session = createMemo(
    () => {
      const u = user();
      const d = db();
      return signedIn() && u && d ? { u, d } : null;
    },
    null,
    { equals: (a, b) => a?.u === b?.u && a?.d === b?.d },
  );
  return (
    <Show
      when={session()}
      keyed
      fallback={
        <Show when={!resuming()}>
          <Navigate href="/login" />
        </Show>
      }
    >
      {(s) => (
        <AuthedProvider db={s.d} user={s.u}>
          <SyncProvider db={s.d}>
            <AppShell>{props.children}</AppShell>
          </SyncProvider>
        </AuthedProvider>
      )}
    </Show>
  );
}
