import { createSignal } from 'solid-js';

const [message, setMessage] = createSignal('');
export { message as announcement };
let clear: ReturnType<typeof setTimeout> | undefined;

/**
 * Says `text` once through the app's one polite live region (<Announcer />, always in the page, so it is
 * heard across navigation). Emptied first, so the same words twice are announced twice, and emptied
 * again later, so a screen reader's virtual cursor does not find stale news.
 */
export function announce(text: string): void {
  clearTimeout(clear);
  setMessage('');
  clear = setTimeout(() => {
    setMessage(text);
    clear = setTimeout(() => setMessage(''), 8000);
  }, 60);
}
