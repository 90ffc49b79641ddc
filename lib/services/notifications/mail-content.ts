import type { TNotificationKind, TNotificationParams } from '../../contracts/notifications';
import { env } from '../../config/env';
import { renderMail } from '../../domain/notifications/mail-render';
import { notificationLine } from '../../domain/notifications/notification-line';
import { isValidTimeZone } from '../../domain/time/time-zone';
import { makeFormat } from '../../i18n/format';
import { DEFAULT_LOCALE, isLocale, type TLocale } from '../../i18n/locales';
import { translatorOf } from '../../i18n/messages';
import { unsubscribeToken } from './unsubscribe';

export type TMailRecipient = { id: string; email: string; locale: string | null; time_zone: string | null };
export type TMailNotification = { kind: TNotificationKind; params: TNotificationParams; link: string };

/** The site's public address, for links in mails. */
export function siteUrl(): string {
  return (env().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}

function localeOf(r: TMailRecipient): TLocale {
  return isLocale(r.locale) ? r.locale : DEFAULT_LOCALE;
}

function lineIn(recipient: TMailRecipient, n: TMailNotification): string {
  const zone = recipient.time_zone && isValidTimeZone(recipient.time_zone) ? recipient.time_zone : 'UTC';
  const f = makeFormat(localeOf(recipient), zone);
  return notificationLine(translatorOf(localeOf(recipient), 'notification'), n, f.dateTime);
}

function unsubscribeParts(recipient: TMailRecipient, kind: TNotificationKind) {
  const t = translatorOf(localeOf(recipient), 'notification');
  const token = encodeURIComponent(unsubscribeToken(recipient.id, kind));
  // The mail's link opens a page with a button; the header's address takes the one-click POST.
  const link = `${siteUrl()}/unsubscribe?token=${token}`;
  const oneClick = `${siteUrl()}/api/unsubscribe?token=${token}`;
  return {
    link,
    text: t('mail.unsubscribe', { kind: t(`label.${kind}`), link: '{link}' }),
    label: t('mail.unsubscribeLink'),
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** One notification as a mail of its own. */
export function notificationMail(recipient: TMailRecipient, n: TMailNotification, assessment: string | null) {
  const locale = localeOf(recipient);
  const t = translatorOf(locale, 'notification');
  const line = lineIn(recipient, n);
  const unsubscribe = unsubscribeParts(recipient, n.kind);
  const mail = renderMail({
    subject: assessment ? `${line} (${assessment})` : line,
    intro: null,
    items: [{ line, link: `${siteUrl()}${n.link}` }],
    openLabel: t('mail.openButton'),
    openText: t('mail.open', { link: '{link}' }),
    footer: t('mail.footer'),
    unsubscribeText: unsubscribe.text,
    unsubscribeLabel: unsubscribe.label,
    unsubscribeLink: unsubscribe.link,
    assessment,
  });
  return { ...mail, headers: unsubscribe.headers };
}

/**
 * A morning's digest: every item with its assessment named. Its unsubscribe link stops the digest
 * of the kind most of its items are.
 */
export function digestMail(recipient: TMailRecipient, items: (TMailNotification & { assessment: string | null })[]) {
  const locale = localeOf(recipient);
  const t = translatorOf(locale, 'notification');
  const counts = new Map<TNotificationKind, number>();
  for (const i of items) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'reply';
  const unsubscribe = unsubscribeParts(recipient, main);
  const mail = renderMail({
    subject: t('mail.digestSubject', { n: items.length }),
    intro: t('mail.digestIntro'),
    items: items.map((i) => ({
      line: i.assessment ? `${i.assessment}: ${lineIn(recipient, i)}` : lineIn(recipient, i),
      link: `${siteUrl()}${i.link}`,
    })),
    openLabel: t('mail.openButton'),
    openText: t('mail.open', { link: '{link}' }),
    footer: t('mail.footer'),
    unsubscribeText: unsubscribe.text,
    unsubscribeLabel: unsubscribe.label,
    unsubscribeLink: unsubscribe.link,
    assessment: null,
  });
  return { ...mail, headers: unsubscribe.headers };
}
