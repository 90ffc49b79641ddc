import nodemailer from 'nodemailer';
import { env } from '../../config/env';

/** Whether invitations are mailed (SMTP_URL set) rather than shown to the inviter to copy. */
export function isMailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** Mails an invitation link. Throws when the mail server refuses it, so the inviter can copy the link instead. */
export async function mailInvitation(
  to: string,
  link: string,
  assessmentTitle: string,
  inviterName: string,
): Promise<void> {
  const transport = nodemailer.createTransport(env().SMTP_URL);
  await transport.sendMail({
    from: env().MAIL_FROM,
    to,
    subject: `Invitation to the integrity assessment "${assessmentTitle}"`,
    text: `${inviterName} invites you to join the integrity assessment "${assessmentTitle}" in IDG Workshop.\n\nOpen this link to accept (it works once):\n${link}\n`,
  });
}
