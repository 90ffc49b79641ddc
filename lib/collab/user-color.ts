// A caret colour must be `#rrggbb` (CollaborationCaret ignores anything else) and dark enough
// for white label text, so hues vary and saturation and lightness are fixed.
const SATURATION = 0.65;
const LIGHTNESS = 0.38;

/** FNV-1a hash of a string, as an unsigned 32-bit number. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function channel(n: number, hue: number): string {
  const k = (n + hue / 30) % 12;
  const a = SATURATION * Math.min(LIGHTNESS, 1 - LIGHTNESS);
  const value = LIGHTNESS - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  return Math.round(value * 255)
    .toString(16)
    .padStart(2, '0');
}

/** A stable colour for a user id, `#rrggbb`, readable behind white text. */
export function userColor(userId: string): string {
  const hue = hash(userId) % 360;
  return `#${channel(0, hue)}${channel(8, hue)}${channel(4, hue)}`;
}

/** Up to two initials of a display name, for avatars. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => w[0]!.toUpperCase()).join('') || '?';
}
