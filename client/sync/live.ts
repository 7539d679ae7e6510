/**
 * Listens for the server's data-free pokes and asks for a sync; EventSource reconnects by
 * itself after network loss. Returns a function that closes the stream.
 */
export function listenForPokes(
  win: { EventSource?: typeof EventSource },
  onPoke: () => void,
  url = '/api/sync/events',
): () => void {
  if (!win.EventSource) return () => {};
  const source = new win.EventSource(url, { withCredentials: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Several pokes in a burst (a coordinator saving a plan) become one pull.
  source.addEventListener('poke', () => {
    clearTimeout(timer);
    timer = setTimeout(onPoke, 150);
  });
  return () => {
    clearTimeout(timer);
    source.close();
  };
}
