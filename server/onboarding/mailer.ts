import { createTransport } from 'nodemailer';

export type InvitationMail = {
  to: string;
  displayName: string;
  associationName: string;
  link: string;
  expiresAt: Date;
};

/** Sends what the server mails; absent when SMTP_URL is unset (then nothing is sent). */
export type Mailer = { sendInvitation: (mail: InvitationMail) => Promise<void> };

const dateDe = (d: Date) =>
  d.toLocaleString('de-AT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Vienna' });

/** The invitation in German, plain text: the link is the whole message. */
export function invitationText(mail: InvitationMail): { subject: string; text: string } {
  return {
    subject: `Einladung zu IKZ Einsatz – ${mail.associationName}`,
    text: [
      `Guten Tag ${mail.displayName},`,
      '',
      `Sie wurden zu IKZ Einsatz (${mail.associationName}) eingeladen.`,
      'Öffnen Sie diesen Link und legen Sie Ihr Passwort fest:',
      '',
      mail.link,
      '',
      `Der Link gilt einmal und bis ${dateDe(mail.expiresAt)}.`,
      'Wenn Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.',
    ].join('\n'),
  };
}

/** A mailer over SMTP (`smtp://user:pass@host:587`, `smtps://…`), by nodemailer. */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    sendInvitation: async (mail) => {
      const { subject, text } = invitationText(mail);
      await transport.sendMail({ from, to: mail.to, subject, text });
    },
  };
}
