import * as Y from 'yjs';
import { isSafeLinkUrl } from '../collab/editor/link-url';

// What the exports understand of a Tiptap/ProseMirror fragment, read straight from its Yjs XML:
// headings, paragraphs, bullet and ordered lists (nested), and text with bold, italic and links.
// Everything is kept as data (strings and flags) so that each writer (DOCX, PDF, HTML) emits user
// text through its own text API or escaping; nothing anyone typed is ever parsed as markup.

/** A stretch of text with its marks; `href` only when the link is a safe http(s)/mailto URL. */
export type TRun = { text: string; bold: boolean; italic: boolean; href: string | null };

/** A block of rich text. */
export type TBlock =
  | { kind: 'heading'; level: number; runs: TRun[] }
  | { kind: 'paragraph'; runs: TRun[] }
  | { kind: 'list'; ordered: boolean; items: TBlock[][] };

// XML 1.0 (DOCX) refuses these control characters outright, and no writer needs them.
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text with the characters no export format can carry removed. */
export function cleanText(text: string): string {
  return text.replace(INVALID_CHARS, '');
}

// y-prosemirror stores a mark as an attribute named after it (`link`, or `link--<hash>` when two
// overlapping marks of one type differ), whose value is the mark's attributes.
function marksOf(attributes: Record<string, unknown> | undefined): Omit<TRun, 'text'> {
  const out: Omit<TRun, 'text'> = { bold: false, italic: false, href: null };
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const mark = name.split('--')[0];
    if (mark === 'bold') out.bold = true;
    else if (mark === 'italic') out.italic = true;
    else if (mark === 'link' && value && typeof value === 'object') {
      const href = (value as { href?: unknown }).href;
      if (typeof href === 'string' && isSafeLinkUrl(href)) out.href = href.trim();
    }
  }
  return out;
}

function textRuns(text: Y.XmlText): TRun[] {
  return (text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]).flatMap((op) =>
    typeof op.insert === 'string' && op.insert.length > 0
      ? [{ text: cleanText(op.insert), ...marksOf(op.attributes) }]
      : [],
  );
}

function inlineRuns(node: Y.XmlElement | Y.XmlFragment): TRun[] {
  const runs: TRun[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      runs.push(...textRuns(child));
    } else if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') runs.push({ text: '\n', bold: false, italic: false, href: null });
      else runs.push(...inlineRuns(child));
    }
  }
  return runs;
}

function headingLevel(el: Y.XmlElement): number {
  const level = Number(el.getAttribute('level'));
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
}

function blocksOf(node: Y.XmlElement | Y.XmlFragment): TBlock[] {
  const blocks: TBlock[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      // A bare text node at block level is not what Tiptap writes; keep its text anyway.
      const runs = textRuns(child);
      if (runs.length) blocks.push({ kind: 'paragraph', runs });
      continue;
    }
    if (!(child instanceof Y.XmlElement)) continue;
    switch (child.nodeName) {
      case 'heading':
        blocks.push({ kind: 'heading', level: headingLevel(child), runs: inlineRuns(child) });
        break;
      case 'bulletList':
      case 'orderedList':
        blocks.push({
          kind: 'list',
          ordered: child.nodeName === 'orderedList',
          items: child.toArray().flatMap((item) => (item instanceof Y.XmlElement ? [blocksOf(item)] : [])),
        });
        break;
      case 'blockquote':
      case 'listItem':
        blocks.push(...blocksOf(child));
        break;
      case 'horizontalRule':
        break;
      default:
        // paragraph, codeBlock and anything unknown: its text as one paragraph.
        blocks.push({ kind: 'paragraph', runs: inlineRuns(child) });
    }
  }
  return blocks;
}

/** The blocks of a rich-text fragment (an answer or a report section). */
export function fragmentBlocks(fragment: Y.XmlFragment): TBlock[] {
  return blocksOf(fragment);
}

/** Whether the blocks hold any visible text. */
export function hasText(blocks: readonly TBlock[]): boolean {
  return blocks.some((b) => (b.kind === 'list' ? b.items.some(hasText) : b.runs.some((r) => r.text.trim().length > 0)));
}

/** The same blocks with every run's text passed through `fn` (redaction of names). */
export function mapRunText(blocks: readonly TBlock[], fn: (text: string) => string): TBlock[] {
  return blocks.map((b) =>
    b.kind === 'list'
      ? { ...b, items: b.items.map((i) => mapRunText(i, fn)) }
      : { ...b, runs: b.runs.map((r) => ({ ...r, text: fn(r.text) })) },
  );
}

/** The same blocks with headings moved down under a heading of `base` (a section's own headings). */
export function nestHeadings(blocks: readonly TBlock[], base: number): TBlock[] {
  return blocks.map((b) =>
    b.kind === 'heading'
      ? { ...b, level: Math.min(6, b.level + base) }
      : b.kind === 'list'
        ? { ...b, items: b.items.map((i) => nestHeadings(i, base)) }
        : b,
  );
}

/** The plain text of blocks: one line per paragraph or heading, list items prefixed ("- " or "1. "). */
export function blocksText(blocks: readonly TBlock[], indent = ''): string {
  return blocks
    .map((b) =>
      b.kind === 'list'
        ? b.items
            .map(
              (item, i) => `${indent}${b.ordered ? `${i + 1}. ` : '- '}${blocksText(item, `${indent}  `).trimStart()}`,
            )
            .join('\n')
        : `${indent}${b.runs.map((r) => r.text).join('')}`,
    )
    .join('\n');
}
