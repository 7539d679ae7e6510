import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteRequest, personIdOf } from '../testing/onboarding';
import { startTestApp, type TestApp } from '../testing/test-app';
import { smtpMailer } from './mailer';

type Received = { from: string; to: string[]; raw: string };

/** An SMTP server on the loopback address that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message body with quoted-printable soft line breaks and escapes undone. */
const bodyText = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestApp;
beforeEach(async () => {
  smtp = await startSmtp();
});
afterEach(async () => {
  await t.close();
  await smtp.close();
});

describe('invitations by e-mail', () => {
  it('sends the link in German to the person when SMTP is configured', async () => {
    t = await startTestApp({ mailer: smtpMailer(smtp.url, 'IKZ Einsatz <verband@ikz.example>') });
    const admin = await t.login(t.logins.admin);
    const res = await inviteRequest(t, admin, await personIdOf(t, t.logins.technician));
    const { link, mailed } = (await res.json()) as { link: string; mailed: boolean };
    expect(mailed).toBe(true);
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.from).toBe('verband@ikz.example');
    expect(mail.to).toEqual([t.logins.technician]);
    const text = bodyText(mail.raw);
    expect(text).toContain(link);
    expect(text).toContain('Guten Tag Lena Hofer');
    expect(text).toMatch(/Subject: .*Einladung/);
  });

  it('sends nothing without SMTP_URL', async () => {
    t = await startTestApp();
    const admin = await t.login(t.logins.admin);
    const res = await inviteRequest(t, admin, await personIdOf(t, t.logins.technician));
    expect(((await res.json()) as { mailed: boolean }).mailed).toBe(false);
    expect(smtp.received).toEqual([]);
  });

  it('still answers the link when the mail server cannot be reached', async () => {
    await smtp.close();
    t = await startTestApp({ mailer: smtpMailer(smtp.url, 'IKZ Einsatz <verband@ikz.example>') });
    const admin = await t.login(t.logins.admin);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await inviteRequest(t, admin, await personIdOf(t, t.logins.technician));
      expect(res.status).toBe(201);
      expect(((await res.json()) as { mailed: boolean }).mailed).toBe(false);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    smtp = await startSmtp(); // afterEach closes one
  });
});
