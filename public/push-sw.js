// Web Push in the service worker (issue 17.3), added to the generated worker by importScripts
// (vite.config.ts). The server sends the words in German and English; the device's language picks.
self.addEventListener('push', (event) => {
  let data = null;
  try {
    data = event.data ? event.data.json() : null;
  } catch {
    data = null;
  }
  if (!data?.texts) return;
  const lang = (self.navigator.language || 'de').toLowerCase().startsWith('de') ? 'de' : 'en';
  const text = data.texts[lang] || data.texts.de;
  event.waitUntil(
    self.registration.showNotification(text.title, {
      body: text.body,
      tag: data.id,
      icon: '/icons/icon-192.png',
      data: { url: '/mitteilungen' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url || '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if ('focus' in w) {
          w.navigate(url);
          return w.focus();
        }
      }
      return self.clients.openWindow(url);
    }),
  );
});
