'use client';

import { useTranslations } from 'next-intl';
import { meetingHost, normalMeetingUrl } from '@/lib/domain/workshop/meeting-links';

type TProps = {
  url: string;
  /** The session's or group's name, told to screen readers so that links on one page differ. */
  of: string;
  className?: string;
};

/**
 * A session's or group's video-meeting link, opened in a new tab; the host it leads to is shown
 * so that people see where it takes them before they follow it.
 */
export function MeetingLink({ url, of, className }: TProps) {
  const t = useTranslations('live');
  // The API stores https links only; a row written some other way (a restored backup) is not trusted.
  const href = normalMeetingUrl(url);
  if (!href) return null;
  const text = t('joinMeeting', { host: meetingHost(href) });
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      // The visible words first, then whose meeting it is and that it opens a new tab; one label,
      // so that no screen reader spells the parts with pauses between them.
      aria-label={`${text}${t('meetingOf', { name: of })}${t('newTab')}`}
      className={className ?? 'font-medium text-brand-700 underline underline-offset-2'}
    >
      <span aria-hidden="true">🎥 </span>
      {text}
    </a>
  );
}
