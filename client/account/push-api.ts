import type { PushKeyResponse } from '../../shared/web-push/schema';
import { browserTransport, callJson, type Transport } from '../api/http';

/** base64url (as the server keeps the VAPID key) to the bytes PushManager.subscribe wants. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  const raw = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

export const pushSupported = (): boolean =>
  typeof navigator !== 'undefined' &&
  'serviceWorker' in navigator &&
  'PushManager' in window &&
  'Notification' in window;

/** This browser's push subscription, if the app's service worker has one. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const reg = await navigator.serviceWorker.getRegistration();
  return reg ? reg.pushManager.getSubscription() : null;
}

/** Asks for permission, subscribes with the server's key and tells the server. */
export async function subscribePush(transport: Transport = browserTransport): Promise<'on' | 'denied' | 'unsupported'> {
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const { publicKey } = await callJson<PushKeyResponse>(transport, '/api/push/key');
  const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
  const { endpoint, keys } = sub.toJSON();
  await callJson(transport, '/api/push/subscribe', { method: 'POST', body: JSON.stringify({ endpoint, keys }) });
  return 'on';
}

/** Ends this browser's subscription here and on the server. */
export async function unsubscribePush(transport: Transport = browserTransport): Promise<void> {
  const sub = await currentSubscription();
  if (!sub) return;
  const { endpoint } = sub;
  await callJson(transport, '/api/push/unsubscribe', { method: 'POST', body: JSON.stringify({ endpoint }) });
  await sub.unsubscribe();
}
