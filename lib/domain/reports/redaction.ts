import { ROLE_NAMES, isFacilitator, type TRole } from '../access/roles';

// What a report shared outside the administration may not carry: the text of answers flagged
// sensitive, and the name of any person (members, commenters, attendees, owners, signatories).
// People are replaced by their role, groups of people by counts per role, and any member's name
// typed into free text (a narrative section, a plan field) by a neutral placeholder.

/** Who may see the sensitive flag and unredacted exports: facilitators and senior management. */
export function seesSensitive(role: TRole): boolean {
  return role === 'EF' || role === 'LF' || role === 'NCP' || role === 'SM';
}

/** Who may set and clear the sensitive flag of an answer: facilitators only. */
export function flagsSensitive(role: TRole): boolean {
  return isFacilitator(role);
}

/** Whether an export for this member must be redacted: asked for, or the member may not see sensitive answers. */
export function mustRedact(role: TRole, asked: boolean): boolean {
  return asked || !seesSensitive(role);
}

/** What stands in for a name found in free text. */
export const WITHHELD_NAME = '[name withheld]';

/** "3 Internal contributors, 1 External facilitator": how many people of each role, largest first. */
export function countByRole(roles: readonly TRole[]): string {
  const counts = new Map<TRole, number>();
  for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1);
  if (counts.size === 0) return 'Nobody recorded';
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || ROLE_NAMES[a[0]].localeCompare(ROLE_NAMES[b[0]]))
    .map(([role, n]) => `${n} ${ROLE_NAMES[role]}${n === 1 ? '' : 's'}`.replace(/ys$/, 'ies'))
    .join(', ');
}

const ROLE_WORDS = new Set(Object.values(ROLE_NAMES).flatMap((n) => n.toLowerCase().split(/\s+/)));

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that replaces every given name (and each of its words of 3+ letters, so "Ana Pérez"
 * also catches "Pérez") wherever it stands as a whole word, ignoring case.
 */
export function nameScrubber(names: readonly string[]): (text: string) => string {
  const words = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed.length >= 2) words.add(trimmed);
    // A part that is a word of a role name ("Senior", "Facilitator") would erase the roles that
    // stand in for people; the full name still catches that person.
    for (const part of trimmed.split(/\s+/))
      if (part.length >= 3 && !ROLE_WORDS.has(part.toLowerCase())) words.add(part);
  }
  if (words.size === 0) return (text) => text;
  // Longest first, so a full name is replaced whole before its parts are tried.
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => text.replace(pattern, WITHHELD_NAME);
}
