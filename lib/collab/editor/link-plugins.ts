import { Fragment, type Node, Slice } from '@tiptap/pm/model';
import { Plugin, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { PREVENT_AUTOLINK } from './link-commands';
import { linkOfPastedText, linkOfTypedWord } from './link-url';
import { answerSchema } from './schema';

// Links made without the link form: an address typed and followed by a space or Enter, an
// address pasted over selected text, and the addresses inside pasted plain text. Only http,
// https and mailto become links; no URL library is needed for whole words.

const link = answerSchema.marks.link;
const code = answerSchema.marks.code;
const URL_IN_TEXT = /(?:https?:\/\/|mailto:)[^\s<>"]+/gi;

function isRemote(tr: Transaction): boolean {
  return Boolean((tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin);
}

/** After a space or Enter typed right behind an address, links that address. */
const autolink = new Plugin({
  appendTransaction(transactions, oldState, state) {
    if (!transactions.some((tr) => tr.docChanged)) return null;
    if (transactions.some((tr) => tr.getMeta(PREVENT_AUTOLINK) || isRemote(tr))) return null;
    // Where the person was typing, and whether only whitespace (or a new block) came after it.
    const pos = transactions.reduce((at, tr) => tr.mapping.map(at, -1), oldState.selection.from);
    const { from, empty } = state.selection;
    if (!empty || from <= pos || !/^\s+$/.test(state.doc.textBetween(pos, from, '\n', ' '))) return null;
    const $pos = state.doc.resolve(pos);
    const word = $pos.parent.textBetween(0, $pos.parentOffset, undefined, ' ').split(/\s/).pop() ?? '';
    const found = linkOfTypedWord(word);
    if (!found) return null;
    const start = pos - word.length;
    const end = start + found.text.length;
    if (state.doc.rangeHasMark(start, end, link) || state.doc.rangeHasMark(start, end, code)) return null;
    return state.tr.addMark(start, end, link.create({ href: found.href }));
  },
});

function linkTextNode(node: Node): Node[] {
  const text = node.text ?? '';
  if (link.isInSet(node.marks) || code.isInSet(node.marks)) return [node];
  const out: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const found = linkOfTypedWord(match[0]);
    if (!found) continue;
    const end = match.index + found.text.length;
    if (match.index > last) out.push(node.cut(last, match.index));
    out.push(node.cut(match.index, end).mark(link.create({ href: found.href }).addToSet(node.marks)));
    last = end;
  }
  if (last === 0) return [node];
  if (last < text.length) out.push(node.cut(last));
  return out;
}

function linkAddresses(fragment: Fragment): Fragment {
  const children: Node[] = [];
  fragment.forEach((node) => {
    if (node.isText) children.push(...linkTextNode(node));
    else children.push(node.type.spec.code ? node : node.copy(linkAddresses(node.content)));
  });
  return Fragment.fromArray(children);
}

/** Pasting: an address over selected text links the text; addresses in pasted text become links. */
const pasteLinks = new Plugin({
  props: {
    handlePaste(view, _event, slice) {
      const { state } = view;
      if (state.selection.empty) return false;
      const href = linkOfPastedText(slice.content.textBetween(0, slice.content.size));
      if (!href) return false;
      const { from, to } = state.selection;
      view.dispatch(state.tr.addMark(from, to, link.create({ href })).setMeta(PREVENT_AUTOLINK, true));
      return true;
    },
    transformPasted: (slice) => new Slice(linkAddresses(slice.content), slice.openStart, slice.openEnd),
  },
});

/** The link plugins of an answer editor. */
export function linkPlugins(): Plugin[] {
  return [autolink, pasteLinks];
}
