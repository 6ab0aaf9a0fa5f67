// Notification e-mails (issue 6): the embedded default writes .eml files to an outbox folder; with SMTP_URL they go
// to a real SMTP server (here one started by the test), and a server that is down delays them without losing any.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMUNE_2025, createHarness, type Harness } from '@thidua/api/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from './env.js';
import { createDeliver } from './notifications/mail-transport.js';
import { runNotificationRound } from './notifications/notification-jobs.js';

const APP_URL = 'https://thidua.ninhson.example';
const FROM = 'Thi đua Chuyển đổi số Ninh Sơn <khong-tra-loi@thidua.invalid>';
const REASON = 'Thiếu minh chứng cho chỉ tiêu thanh toán không dùng tiền mặt';
// No reminder falls due on this day (between the final review's opening and the yearly report's 7-day window).
const QUIET_DAY = new Date('2025-11-20T02:00:00Z');

/** A mail server on a port of its own (listen(0), read back); while `down.now` it turns every connection away. */
const startSmtp = async (inbox: ParsedMail[], down = { now: false }): Promise<{ server: SMTPServer; port: number }> => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect: (_session, done) =>
      done(
        down.now
          ? Object.assign(new Error('Máy chủ thư tạm ngừng / mail server down'), { responseCode: 421 })
          : undefined,
      ),
    onData: (stream, _session, done) => {
      simpleParser(stream).then((m) => {
        inbox.push(m);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port };
};

const stopSmtp = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('notification e-mails', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('sqlite');
    await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { personId: 'P-NGUYEN-VAN-AN' } });
  });
  afterAll(() => h.destroy());

  const returnReport = async (year: number) => {
    const editor = await h.as('xa.lamson');
    const draft = await editor.reports.saveDraft({ unitId: 'U-LAM-SON', year, values: COMMUNE_2025 });
    await editor.reports.submit({ reportId: draft.reportId, version: draft.version });
    await (
      await h.as('vhtt')
    ).reports.returnToUnit({ reportId: draft.reportId, version: draft.version + 1, reason: REASON });
  };

  it('without SMTP, writes a readable .eml to the outbox folder with a link back to the app', async () => {
    await returnReport(2025);
    const outboxDir = await mkdtemp(join(tmpdir(), 'thidua-outbox-'));
    const deliver = createDeliver({ smtpUrl: undefined, requireTls: true, from: FROM, outboxDir, appUrl: APP_URL });
    expect(await runNotificationRound(h.t, deliver, () => QUIET_DAY)).toEqual({
      reminders: 0,
      sent: 1,
      noAddress: 0,
      failed: 0,
    });
    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const mail = await simpleParser(await readFile(join(outboxDir, files[0]!)));
    expect(mail.subject).toBe('Báo cáo năm 2025 bị trả lại để sửa');
    expect(mail.to).toMatchObject({ value: [{ address: 'an@example.invalid', name: 'xa.lamson' }] });
    expect(mail.from).toMatchObject({
      value: [{ address: 'khong-tra-loi@thidua.invalid', name: 'Thi đua Chuyển đổi số Ninh Sơn' }],
    });
    expect(mail.text).toContain(`Lý do: ${REASON}`);
    expect(mail.text).toContain(`Xem trên hệ thống: ${APP_URL}/unit`);
    // Once sent, a second round sends nothing more.
    expect(await runNotificationRound(h.t, deliver, () => QUIET_DAY)).toEqual({
      reminders: 0,
      sent: 0,
      noAddress: 0,
      failed: 0,
    });
    expect(await readdir(outboxDir)).toHaveLength(1);
  });

  it('writes to a person who chose English in English, its link and footer too', async () => {
    await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { language: 'en' } });
    try {
      const { id: userId } = await h.t.db.user.findUniqueOrThrow({
        where: { username: 'xa.lamson' },
        select: { id: true },
      });
      await h.t.db.notification.create({
        data: {
          userId,
          kind: 'report.returned',
          title: 'Báo cáo năm 2023 bị trả lại để sửa',
          body: `Lý do: ${REASON}`,
          titleEn: 'The 2023 report was returned for correction',
          bodyEn: 'Reason: the cashless payment figure has no evidence',
          link: '/unit',
          createdAt: QUIET_DAY,
        },
      });
      const outboxDir = await mkdtemp(join(tmpdir(), 'thidua-outbox-'));
      await runNotificationRound(
        h.t,
        createDeliver({ smtpUrl: undefined, requireTls: true, from: FROM, outboxDir, appUrl: APP_URL }),
        () => QUIET_DAY,
      );
      const [file] = await readdir(outboxDir);
      const mail = await simpleParser(await readFile(join(outboxDir, file!)));
      expect(mail.subject).toBe('The 2023 report was returned for correction');
      expect(mail.text).toContain('Reason: the cashless payment figure has no evidence');
      expect(mail.text).toContain(`Open it in the system: ${APP_URL}/unit`);
      expect(mail.text).toContain('An automatic message from the emulation system; please do not reply.');
      expect(mail.text).not.toMatch(/Lý do|Xem trên|Ninh Sơn/);
    } finally {
      await h.t.db.user.update({ where: { username: 'xa.lamson' }, data: { language: null } });
    }
  });

  it('with SMTP_URL, sends through the SMTP server; while it is down the e-mail waits and goes out once it is back', async () => {
    await returnReport(2024);
    const inbox: ParsedMail[] = [];
    const down = { now: true };
    const { server: smtp, port } = await startSmtp(inbox, down);
    const deliver = createDeliver({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      requireTls: false,
      from: FROM,
      outboxDir: '/nonexistent',
      appUrl: APP_URL,
    });
    try {
      expect(await runNotificationRound(h.t, deliver, () => QUIET_DAY)).toMatchObject({ sent: 0, failed: 1 });
      const pending = await h.t.db.notification.findFirstOrThrow({
        where: { title: 'Báo cáo năm 2024 bị trả lại để sửa' },
        select: { mailStatus: true, mailAttempts: true },
      });
      expect(pending).toEqual({ mailStatus: 'retry', mailAttempts: 1 });
      down.now = false;
      // The failed e-mail is tried again after its pause.
      expect(await runNotificationRound(h.t, deliver, () => QUIET_DAY)).toMatchObject({ sent: 0, failed: 0 });
      expect(await runNotificationRound(h.t, deliver, () => new Date(QUIET_DAY.getTime() + 11 * 60_000))).toMatchObject(
        { sent: 1, failed: 0 },
      );
    } finally {
      await stopSmtp(smtp);
    }
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.subject).toBe('Báo cáo năm 2024 bị trả lại để sửa');
    expect(inbox[0]!.text).toContain(REASON);
    expect(inbox[0]!.headers.get('x-thidua-notification')).toBeTruthy();
  });

  it('does not send the password in clear: by default a server that offers no STARTTLS is refused', async () => {
    const inbox: ParsedMail[] = [];
    const { server: smtp, port } = await startSmtp(inbox);
    try {
      const deliver = createDeliver({
        smtpUrl: `smtp://thidua:mat-khau@127.0.0.1:${port}`,
        requireTls: true,
        from: FROM,
        outboxDir: '/nonexistent',
        appUrl: APP_URL,
      });
      await expect(
        deliver({
          notificationId: 'N-TLS',
          to: 'an@example.invalid',
          toName: 'An',
          subject: 'Thử',
          text: 'Thử',
          link: null,
          language: 'vi',
        }),
      ).rejects.toThrow();
    } finally {
      await stopSmtp(smtp);
    }
    expect(inbox).toEqual([]);
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://, in Vietnamese', () => {
    expect(() => readEnv({ SMTP_URL: 'http://mail.ninhson.example' })).toThrow(/SMTP_URL: phải bắt đầu bằng smtp:\/\//);
    expect(readEnv({ SMTP_URL: 'smtps://thidua:mat-khau@mail.ninhson.example:465' }).SMTP_URL).toBe(
      'smtps://thidua:mat-khau@mail.ninhson.example:465',
    );
  });
});
