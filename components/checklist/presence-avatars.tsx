import type { TCollabUser } from '@/lib/collab/collab-session';
import { initialsOf } from '@/lib/collab/user-color';

/** Initials of the other people on a question, each in their caret colour, named for screen readers. */
export function PresenceAvatars({ users }: { users: readonly TCollabUser[] }) {
  if (users.length === 0) return null;
  const names = users.map((u) => u.name).join(', ');
  return (
    <ul aria-label={`Also here: ${names}`} className="flex -space-x-1">
      {users.map((u) => (
        <li
          key={u.id}
          title={`${u.name} is on this question`}
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
