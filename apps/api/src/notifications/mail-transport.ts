// Delivers a notification's e-mail: through SMTP when configured, otherwise as an .eml file in the outbox folder
// (the embedded default: nothing leaves the machine, and an operator can open the files in any mail program).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deliver, OutgoingMail } from '@thidua/api';
import nodemailer from 'nodemailer';

export interface MailSettings {
  smtpUrl: string | undefined;
  /** For smtp:// (port 587): refuse to send unless the server upgrades to TLS, so the password never travels in clear. */
  requireTls: boolean;
  from: string;
  outboxDir: string;
  /** Where the shell is reached, to turn a notification's path into a link. */
  appUrl: string | undefined;
}

/** The link and the footer in the language the message is written in; no place name: any office sends these. */
const WORDS = {
  vi: { open: 'Xem trên hệ thống', footer: 'Thư tự động của hệ thống thi đua; vui lòng không trả lời thư này.' },
  en: { open: 'Open it in the system', footer: 'An automatic message from the emulation system; please do not reply.' },
} as const;

export const mailText = (mail: OutgoingMail, appUrl: string | undefined): string => {
  const words = WORDS[mail.language];
  return [mail.text, mail.link && appUrl ? `${words.open}: ${appUrl}${mail.link}` : null, '', `-- \n${words.footer}`]
    .filter((l) => l !== null)
    .join('\n');
};

const message = (mail: OutgoingMail, settings: MailSettings) => ({
  from: settings.from,
  to: { name: mail.toName, address: mail.to },
  subject: mail.subject,
  text: mailText(mail, settings.appUrl),
  headers: { 'X-Thidua-Notification': mail.notificationId },
});

export const createDeliver = (settings: MailSettings): Deliver => {
  if (settings.smtpUrl) {
    // Timeouts well under the outbox's claim expiry: a hung server fails the attempt, it does not hold the claim.
    const smtp = nodemailer.createTransport({
      url: settings.smtpUrl,
      requireTLS: settings.requireTls,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    return async (mail) => {
      await smtp.sendMail(message(mail, settings));
    };
  }
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (mail) => {
    const info = await composer.sendMail(message(mail, settings));
    await mkdir(settings.outboxDir, { recursive: true });
    const file = join(
      settings.outboxDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.notificationId}.eml`,
    );
    // Written whole then renamed: a reader never sees half a message.
    await writeFile(`${file}.tmp`, info.message as Buffer);
    await rename(`${file}.tmp`, file);
  };
};
