// A notification mail as text and HTML from lines already written in the recipient's language.
// Pure, so the exact bytes a member receives are tested without a mail server. Everything that
// came from people (names, titles) is escaped in the HTML.

export type TMailItem = { line: string; link: string };
export type TMailParts = {
  subject: string;
  intro: string | null;
  items: TMailItem[];
  openLabel: string;
  /** The plain-text form of the open line, with `{link}` in it. */
  openText: string;
  footer: string;
  unsubscribeText: string;
  unsubscribeLabel: string;
  unsubscribeLink: string;
  assessment: string | null;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The mail in both forms; links are absolute and are the only way a mail points into the site. */
export function renderMail(parts: TMailParts): { subject: string; text: string; html: string } {
  const head = parts.assessment ? `${parts.assessment}\n\n` : '';
  const body = parts.items.map((i) => `- ${i.line}\n  ${parts.openText.replace('{link}', i.link)}`).join('\n\n');
  const text =
    `${head}${parts.intro ? `${parts.intro}\n\n` : ''}${body}\n\n--\n${parts.footer}\n` +
    `${parts.unsubscribeText.replace('{link}', parts.unsubscribeLink)}\n`;
  const items = parts.items
    .map(
      (i) =>
        `<li style="margin:0 0 12px"><p style="margin:0 0 4px">${escapeHtml(i.line)}</p>` +
        `<a href="${escapeHtml(i.link)}">${escapeHtml(parts.openLabel)}</a></li>`,
    )
    .join('');
  const html =
    `<!doctype html><html><body style="font-family:sans-serif;color:#1a2b4a">` +
    (parts.assessment ? `<p style="font-weight:bold">${escapeHtml(parts.assessment)}</p>` : '') +
    (parts.intro ? `<p>${escapeHtml(parts.intro)}</p>` : '') +
    `<ul style="padding-left:18px">${items}</ul>` +
    `<hr><p style="font-size:12px;color:#555">${escapeHtml(parts.footer)} ` +
    `<a href="${escapeHtml(parts.unsubscribeLink)}">${escapeHtml(parts.unsubscribeLabel)}</a></p>` +
    `</body></html>`;
  return { subject: parts.subject, text, html };
}
