import { render } from 'solid-js/web';
import { isPublicRoute } from '../shared/routes/app-routes';
import { dateIn } from '../shared/time/dates';
import { App } from './app';
import { checkSession, resumeFromCookie } from './auth/auth-api';
import { langReady } from './i18n/i18n';
import { user } from './auth/session';
import { UpdatePrompt } from './pwa/update-prompt';
import { loadEngine } from './sync/engine-start';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing in index.html');

// A signed-in page opened with no person stored here (a fresh profile) waits for the server to say
// whose the cookie is, and every signed-in page loads the sync engine. Both started now, their round
// trips run during the two tasks below instead of after them. The pages outside the signed-in
// frame (app.tsx) need neither.
if (!isPublicRoute(location.pathname)) {
  if (!user()) void resumeFromCookie();
  void loadEngine();
}

// The browser sets up its date and time zone data (ICU) on the first Intl call: 100-250 ms on a
// phone's CPU. Paid here, in a task of its own, it no longer lengthens the task that draws the first
// screen (a tap during one long task waits for all of it).
dateIn(user()?.timeZone ?? 'UTC', new Date());

// German is in the bundle; a device set to English waits for its texts (precached) before drawing.
void langReady.then(() =>
  setTimeout(() => {
    render(
      () => (
        <>
          <App />
          <UpdatePrompt />
        </>
      ),
      root,
    );
    // The app starts from local data; the server is asked in the background and may be unreachable.
    void checkSession();
  }, 0),
);
