// Notifications end to end below the HTTP layer: who is told of a comment (a case per role, on an
// ordinary and on a sensitive answer), mail through a real SMTP server (smtp-server as the sink),
// the outbox's claims and retries, and the morning digest against a controlled clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { TDb } from '@/lib/db/client';
import { makeFormat } from '@/lib/i18n/format';
import { ROLES, type TRole } from '@/lib/domain/access/roles';
import { seesSensitive } from '@/lib/domain/reports/redaction';
import type { TMembership } from '@/lib/services/access/membership';
import { createUser } from '@/lib/services/accounts/users';
import { setAnswerFlag } from '@/lib/services/checklist/answer-flags';
import { addComment } from '@/lib/services/checklist/comments';
import { runDigests } from '@/lib/services/notifications/digest';
import { listNotifications, markRead, unreadCount } from '@/lib/services/notifications/inbox';
import { notifyComment } from '@/lib/services/notifications/on-comment';
import { runSessionReminders } from '@/lib/services/notifications/on-workshop';
import { runOutbox, smtpSender, type TSentMail } from '@/lib/services/notifications/outbox';
import { saveNotificationSettings, stopMail } from '@/lib/services/notifications/settings';
import { readUnsubscribeToken } from '@/lib/services/notifications/unsubscribe';
import { dbTargets, openMigrated } from './helpers/db-targets';
import { seedDemoMembers, type TDemoMember } from './helpers/demo-members';

type TReceived = { to: string; raw: string };

/** The mail's text with folded header lines joined again. */
const unfold = (raw: string) => raw.replace(/\r?\n[ \t]+/g, ' ');

function startSink(): Promise<{ server: SMTPServer; port: number; received: TReceived[] }> {
  const received: TReceived[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw: unfold(raw) });
        callback();
      });
    },
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, received });
    }),
  );
}

describe.each(dbTargets())('notifications on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  let sink: Awaited<ReturnType<typeof startSink>>;
  const byRole = new Map<TRole, TDemoMember>();
  const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

  beforeAll(async () => {
    sink = await startSink();
    process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}?ignoreTLS=true`;
    process.env.NEXTAUTH_URL = 'https://idg.example';
    process.env.NEXTAUTH_SECRET ??= 'notifications-test-secret';
    db = await openMigrated(target);
    const demo = await seedDemoMembers(db);
    assessmentId = demo.assessmentId;
    const rows = demo.members;
    // The demo has no national contact point: one joins, so that every role is tried.
    const ncp = await createUser(db, { email: 'ncp@test.example', name: 'Nadia Contact', password: null });
    await db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: ncp,
        role: 'NCP',
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: new Date().toISOString(),
      })
      .execute();
    rows.push({ assessmentId, userId: ncp, email: 'ncp@test.example', role: 'NCP' });
    for (const r of rows) if (!byRole.has(r.role)) byRole.set(r.role, r);
  });

  afterAll(async () => {
    process.env.SMTP_URL = saved.SMTP_URL;
    process.env.NEXTAUTH_URL = saved.NEXTAUTH_URL;
    await new Promise<void>((resolve) => sink.server.close(() => resolve()));
    await db?.destroy();
    await target.cleanUp();
  });

  beforeEach(async () => {
    await db.deleteFrom('notifications').execute();
    await db.deleteFrom('mail_outbox').execute();
    await db.deleteFrom('notification_settings').execute();
    sink.received.length = 0;
  });

  const member = (role: TRole) => {
    const m = byRole.get(role);
    if (!m) throw new Error(`the demo has no ${role}`);
    return m;
  };

  async function comment(author: TMembership, questionKey: string, mentions: string[]) {
    const c = await addComment(db, assessmentId, questionKey, author.userId, { body: 'See this.', mentions });
    await notifyComment(db, assessmentId, c);
    return c;
  }

  it('a mention reaches the person in the app and by mail, once, with a link to the question', async () => {
    const ana = member('IC');
    const ef = member('EF');
    await comment(ana, 'transparency.20', [ef.userId]);
    const [n] = await listNotifications(db, ef.userId);
    expect(n).toMatchObject({
      kind: 'mention',
      assessmentId,
      link: `/assessments/${assessmentId}/checklist/transparency#q-transparency.20`,
      readAt: null,
      params: { questionKey: 'transparency.20' },
    });
    expect(await unreadCount(db, ef.userId)).toBe(1);
    expect(await listNotifications(db, ana.userId)).toEqual([]);

    expect(await runOutbox(db, smtpSender())).toBe(1);
    expect(await runOutbox(db, smtpSender())).toBe(0);
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.to).toBe(ef.email);
    expect(mail.raw).toMatch(/^Subject: .*mentioned you on question 20 of Transparency/m);
    expect(mail.raw).toContain('Demo Customs Administration');
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    expect(mail.raw).toContain('https://idg.example/assessments/');
    expect(mail.raw).toMatch(/^List-Unsubscribe: <https:\/\/idg\.example\/api\/unsubscribe\?token=/m);
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    // What was said is never in the mail: only who and where.
    expect(mail.raw).not.toContain('See this.');
  });

  it.each(ROLES)('a %s mentioned on an ordinary answer is told', async (role) => {
    const author = member(role === 'EF' ? 'LF' : 'EF');
    await comment(author, 'transparency.3', [member(role).userId]);
    expect((await listNotifications(db, member(role).userId)).map((n) => n.kind)).toEqual(['mention']);
  });

  it.each(ROLES)(
    'a %s mentioned on a sensitive answer is told only if they may see sensitive answers',
    async (role) => {
      await setAnswerFlag(db, member('EF'), { questionKey: 'transparency.5', flag: 'sensitive' });
      const author = member(role === 'EF' ? 'LF' : 'EF');
      await comment(author, 'transparency.5', [member(role).userId]);
      const told = (await listNotifications(db, member(role).userId)).length > 0;
      expect(told).toBe(seesSensitive(role));
    },
  );

  it('someone who commented earlier on the question hears of the reply', async () => {
    const [ic, xc] = [member('IC'), member('XC')];
    await comment(ic, 'transparency.7', []);
    await comment(xc, 'transparency.7', []);
    expect((await listNotifications(db, ic.userId)).map((n) => n.kind)).toEqual(['reply']);
    expect(await listNotifications(db, xc.userId)).toEqual([]);
  });

  it('marks read only the member’s own notifications', async () => {
    const [ef, lf] = [member('EF'), member('LF')];
    await comment(member('IC'), 'transparency.8', [ef.userId, lf.userId]);
    const [efNote] = await listNotifications(db, ef.userId);
    expect(await markRead(db, lf.userId, { ids: [efNote!.id] })).toBe(1);
    expect(await unreadCount(db, ef.userId)).toBe(1);
    expect(await markRead(db, ef.userId, { all: true })).toBe(0);
    expect((await listNotifications(db, ef.userId))[0]?.readAt).not.toBeNull();
  });

  it('the one-click link stops that kind of mail and nothing else', async () => {
    const ef = member('EF');
    await comment(member('IC'), 'transparency.9', [ef.userId]);
    await runOutbox(db, smtpSender());
    const token = /token=([^\s>"]+)/.exec(sink.received[0]!.raw)?.[1] ?? '';
    const target = readUnsubscribeToken(decodeURIComponent(token.replace(/=\r?\n/g, '')));
    expect(target).toEqual({ userId: ef.userId, kind: 'mention' });
    expect(readUnsubscribeToken(`${ef.userId}.mention.forged`)).toBeNull();
    await stopMail(db, target!.userId, target!.kind);
    await comment(member('IC'), 'transparency.10', [ef.userId]);
    expect(await runOutbox(db, smtpSender())).toBe(0);
    expect(await unreadCount(db, ef.userId)).toBe(2);
  });

  it('a mail claimed by a process that died is sent after the claim expires; a refused one is retried', async () => {
    const ef = member('EF');
    await comment(member('IC'), 'transparency.11', [ef.userId]);
    const t0 = new Date('2027-01-01T00:00:00Z');
    await db.updateTable('mail_outbox').set({ next_attempt_at: t0.toISOString() }).execute();
    const sent: TSentMail[] = [];
    const keep = (m: TSentMail) => {
      sent.push(m);
      return Promise.resolve();
    };
    // Killed mid-send: the claim was taken, nothing was marked sent.
    await db
      .updateTable('mail_outbox')
      .set({ locked_until: new Date(t0.getTime() + 120_000).toISOString() })
      .execute();
    expect(await runOutbox(db, keep, t0)).toBe(0);
    const refuse = () => Promise.reject(new Error('421 try later'));
    expect(await runOutbox(db, refuse, new Date(t0.getTime() + 121_000))).toBe(0);
    const row = await db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, sent_at: null, failed_at: null, last_error: '421 try later' });
    expect(await runOutbox(db, keep, new Date(t0.getTime() + 150_000))).toBe(0);
    expect(await runOutbox(db, keep, new Date(t0.getTime() + 190_000))).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers['Message-ID']).toBe((JSON.parse(row.headers) as Record<string, string>)['Message-ID']);
  });

  it('the digest goes out at 08:00 in the recipient’s zone, once, with what they chose to receive that way', async () => {
    const ef = member('EF');
    await db.updateTable('users').set({ time_zone: 'Asia/Manila' }).where('id', '=', ef.userId).execute();
    await saveNotificationSettings(db, ef.userId, { channels: { mention: 'digest', reply: 'digest' } });
    await comment(member('IC'), 'transparency.12', [ef.userId]);
    await comment(member('XC'), 'transparency.13', [ef.userId]);
    await db.updateTable('notifications').set({ created_at: '2027-03-01T20:00:00.000Z' }).execute();
    expect(await runOutbox(db, smtpSender())).toBe(0);
    // 07:59 in Manila (UTC+8).
    expect(await runDigests(db, new Date('2027-03-01T23:59:00Z'))).toBe(0);
    expect(await runDigests(db, new Date('2027-03-02T00:00:00Z'))).toBe(1);
    expect(await runDigests(db, new Date('2027-03-02T00:10:00Z'))).toBe(0);
    expect(await runOutbox(db, smtpSender(), new Date('2027-03-02T00:10:00Z'))).toBe(1);
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.raw).toMatch(/^Subject: IDG Workshop: 2 updates since yesterday/m);
    expect(sink.received[0]!.raw).toContain('question 12 of Transparency');
    expect(sink.received[0]!.raw).toContain('question 13 of Transparency');
  });

  it('every member hears once that a session starts within the hour', async () => {
    const now = new Date('2027-04-01T08:00:00Z');
    await db
      .insertInto('workshop_sessions')
      .values({
        id: 'soon-session',
        assessment_id: assessmentId,
        title: 'Report-back',
        starts_at: '2027-04-01T08:45:00.000Z',
        duration_minutes: 90,
        agenda: '[]',
        created_by: member('EF').userId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .execute();
    expect(await runSessionReminders(db, new Date('2027-04-01T07:40:00Z'))).toBe(0);
    expect(await runSessionReminders(db, now)).toBe(1);
    expect(await runSessionReminders(db, new Date('2027-04-01T08:10:00Z'))).toBe(0);
    const told = await db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'session-starting')
      .execute();
    const members = await db
      .selectFrom('memberships')
      .select('user_id')
      .where('assessment_id', '=', assessmentId)
      .execute();
    expect(told.length).toBe(members.length);
    const [n] = await listNotifications(db, member('OBS').userId);
    expect(n).toMatchObject({ link: `/assessments/${assessmentId}/sessions`, params: { place: 'Report-back' } });
    await runOutbox(db, smtpSender(), now);
    const efMail = sink.received.find((m) => m.to === member('EF').email);
    // Soft line breaks joined: the time is written out in the reader's own zone.
    const { time_zone: zone } = await db
      .selectFrom('users')
      .select('time_zone')
      .where('id', '=', member('EF').userId)
      .executeTakeFirstOrThrow();
    const local = makeFormat('en', zone ?? 'UTC').dateTime('2027-04-01T08:45:00.000Z');
    expect(efMail?.raw.replace(/=\r?\n/g, '')).toContain(`starts at ${local}`);
    await db.deleteFrom('workshop_sessions').where('id', '=', 'soon-session').execute();
  });
});
