import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import type { TDb } from '../../db/client';
import { env } from '../../config/env';
import { logger } from '../../log/logger';

// Mail leaves through a table: a notification or a digest morning is enqueued once (its dedupe
// key), a runner claims due rows for a while, sends them and marks them sent. A process killed
// mid-send leaves its claim to expire and the row is sent again; the row's own Message-ID makes
// that resend the same message, which mail systems show once. Nothing is lost on a restart.

export type TOutgoingMail = {
  dedupeKey: string;
  userId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};
export type TSentMail = { to: string; subject: string; text: string; html: string; headers: Record<string, string> };
export type TMailSender = (mail: TSentMail) => Promise<void>;

const CLAIM_MS = 2 * 60_000;
/** Waits before the 2nd, 3rd… attempt; after the last the row is given up and logged. */
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];

/** Queues a mail unless one with the same key was queued before; returns whether it was new. */
export async function enqueueMail(db: TDb, mail: TOutgoingMail, now = new Date()): Promise<boolean> {
  const id = crypto.randomUUID();
  const host = new URL(env().NEXTAUTH_URL ?? 'http://localhost').hostname;
  const headers = { 'Message-ID': `<${id}@${host}>`, ...mail.headers };
  const result = await db
    .insertInto('mail_outbox')
    .values({
      id,
      dedupe_key: mail.dedupeKey,
      user_id: mail.userId,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      headers: JSON.stringify(headers),
      created_at: now.toISOString(),
      attempts: 0,
      next_attempt_at: now.toISOString(),
      locked_until: null,
      sent_at: null,
      failed_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Sends through SMTP_URL. */
export function smtpSender(): TMailSender {
  const transport = nodemailer.createTransport(env().SMTP_URL);
  return async (mail) => {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.headers['Message-ID'],
      headers: Object.fromEntries(Object.entries(mail.headers).filter(([k]) => k !== 'Message-ID')),
    });
  };
}

/**
 * Sends every due mail once: claims it, sends it, marks it sent; a refusal is retried later with a
 * growing wait. Returns how many were sent.
 */
export async function runOutbox(db: TDb, send: TMailSender, now = new Date(), batch = 50): Promise<number> {
  const at = now.toISOString();
  const due = await db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('next_attempt_at', '<=', at)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
    .orderBy('created_at')
    .limit(batch)
    .execute();
  let sent = 0;
  for (const row of due) {
    // Claimed by one runner only: another instance that read the same row finds it taken.
    const claim = await db
      .updateTable('mail_outbox')
      .set({ locked_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', row.id)
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    try {
      await send({
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        headers: JSON.parse(row.headers) as Record<string, string>,
      });
      await db
        .updateTable('mail_outbox')
        .set({ sent_at: new Date().toISOString(), locked_until: null, attempts: row.attempts + 1 })
        .where('id', '=', row.id)
        .execute();
      sent += 1;
    } catch (err) {
      const attempts = row.attempts + 1;
      const delay = RETRY_DELAYS_MS[attempts - 1];
      const message = err instanceof Error ? err.message : String(err);
      await db
        .updateTable('mail_outbox')
        .set({
          attempts,
          locked_until: null,
          last_error: message.slice(0, 500),
          ...(delay === undefined
            ? { failed_at: now.toISOString() }
            : { next_attempt_at: new Date(now.getTime() + delay).toISOString() }),
        })
        .where('id', '=', row.id)
        .execute();
      logger('mail').warn({ outboxId: row.id, attempts, gaveUp: delay === undefined, err: message }, 'mail-failed');
    }
  }
  return sent;
}
