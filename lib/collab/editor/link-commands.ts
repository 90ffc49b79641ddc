import type { ResolvedPos } from '@tiptap/pm/model';
import { type Command, type EditorState, TextSelection } from '@tiptap/pm/state';
import { isSafeLinkUrl } from './link-url';
import { answerSchema } from './schema';

const link = answerSchema.marks.link;

/** Transaction meta that tells the autolink plugin to leave a change alone (the link form made it). */
export const PREVENT_AUTOLINK = 'preventAutolink';

/** The whole link around `$pos`, or null (Tiptap's getMarkRange). */
function linkRange($pos: ResolvedPos): { from: number; to: number } | null {
  const { parent } = $pos;
  let start = parent.childAfter($pos.parentOffset);
  if (!start.node || !link.isInSet(start.node.marks)) start = parent.childBefore($pos.parentOffset);
  if (!start.node || !link.isInSet(start.node.marks)) return null;
  let [first, last] = [start.index, start.index];
  while (first > 0 && link.isInSet(parent.child(first - 1).marks)) first--;
  while (last + 1 < parent.childCount && link.isInSet(parent.child(last + 1).marks)) last++;
  let from = $pos.start();
  for (let i = 0; i < first; i++) from += parent.child(i).nodeSize;
  let to = from;
  for (let i = first; i <= last; i++) to += parent.child(i).nodeSize;
  return { from, to };
}

/** The selection, widened to the whole link it lies in (Tiptap's extendMarkRange). */
function linkTarget(state: EditorState): { from: number; to: number; inLink: boolean } {
  const { from, to, $from } = state.selection;
  const range = linkRange($from);
  return range && range.from <= from && range.to >= to ? { ...range, inLink: true } : { from, to, inLink: false };
}

/** The address of the link at the cursor or in the selection, or ''. */
export function linkHref(state: EditorState): string {
  const { empty, from, to, $from } = state.selection;
  let href: unknown = empty ? link.isInSet(state.storedMarks ?? $from.marks())?.attrs.href : undefined;
  if (!empty) state.doc.nodesBetween(from, to, (node) => void (href = link.isInSet(node.marks)?.attrs.href ?? href));
  return typeof href === 'string' ? href : '';
}

/** Links the selection, or the whole link the cursor is in, to `href`; refuses an unsafe address. */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    if (!isSafeLinkUrl(href)) return false;
    const { from, to, inLink } = linkTarget(state);
    const tr = state.tr.setMeta(PREVENT_AUTOLINK, true);
    // With nothing selected, what is typed next is linked.
    if (from === to) tr.addStoredMark(link.create({ href }));
    else tr.removeMark(from, to, link).addMark(from, to, link.create({ href }));
    if (inLink) tr.setSelection(TextSelection.create(tr.doc, from, to));
    dispatch?.(tr);
    return true;
  };
}

/** Removes the link the cursor is in, or the links in the selection. */
export const unsetLink: Command = (state, dispatch) => {
  const { from, to } = linkTarget(state);
  const tr = state.tr.setMeta(PREVENT_AUTOLINK, true);
  if (from === to) tr.removeStoredMark(link);
  else tr.removeMark(from, to, link);
  dispatch?.(tr);
  return true;
};
