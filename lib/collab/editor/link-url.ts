const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link target is an absolute http, https or mailto URL; `javascript:` and the rest are refused. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    // URL() strips the tabs and newlines that would hide a scheme from a naive prefix test.
    return SAFE_PROTOCOLS.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

// What a person types or pastes as a whole address: a scheme with a host, or a mail address.
const TYPED_URL = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/i;
// A bare domain such as `example.org/page`, linked as https like the link form does.
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;
// Sentence punctuation after an address belongs to the sentence, not to the address.
const TRAILING_PUNCTUATION = /[.,;:!?'")\]]+$/;

/**
 * The safe link a typed word stands for, or null: only a word that is a whole http, https or
 * mailto address, as written (a bare domain stays text while typing), without trailing punctuation.
 */
export function linkOfTypedWord(word: string): { text: string; href: string } | null {
  const text = word.replace(TRAILING_PUNCTUATION, '');
  return TYPED_URL.test(text) && isSafeLinkUrl(text) ? { text, href: text } : null;
}

/** The safe link pasted text stands for when it is one address (a bare domain gets https), or null. */
export function linkOfPastedText(pasted: string): string | null {
  const text = pasted.trim();
  if (TYPED_URL.test(text)) return isSafeLinkUrl(text) ? text : null;
  return BARE_DOMAIN.test(text) ? `https://${text}` : null;
}
