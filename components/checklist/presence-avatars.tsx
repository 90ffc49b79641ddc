'use client';

import { useTranslations } from 'next-intl';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { initialsOf } from '@/lib/collab/user-color';
import { useFormat } from '@/lib/i18n/client';

/** Initials of the other people on a question, each in their caret colour, named for screen readers. */
export function PresenceAvatars({ users }: { users: readonly TCollabUser[] }) {
  const t = useTranslations('checklist');
  const f = useFormat();
  if (users.length === 0) return null;
  const names = f.list(users.map((u) => u.name));
  return (
    <ul aria-label={t('alsoHere', { names })} className="flex -space-x-1">
      {users.map((u) => (
        <li
          key={u.id}
          title={t('isOnQuestion', { name: u.name })}
          style={{ backgroundColor: u.color }}
          className="flex size-7 items-center justify-center rounded-full border-2 border-white text-xs font-semibold text-white"
        >
          <span aria-hidden="true">{initialsOf(u.name)}</span>
          <span className="sr-only">{u.name}</span>
        </li>
      ))}
    </ul>
  );
}
