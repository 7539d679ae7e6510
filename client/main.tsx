import { render } from 'solid-js/web';
import { App } from './app';
import { checkSession } from './auth/auth-api';
import { UpdatePrompt } from './pwa/update-prompt';
import './ui/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing in index.html');
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
