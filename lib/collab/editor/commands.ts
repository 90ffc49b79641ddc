import { lift, setBlockType, wrapIn } from '@tiptap/pm/commands';
import type { Attrs, MarkType, NodeType, ResolvedPos } from '@tiptap/pm/model';
import { liftListItem, wrapInList } from '@tiptap/pm/schema-list';
import { type Command, type EditorState, Selection, type Transaction } from '@tiptap/pm/state';
import { liftTarget } from '@tiptap/pm/transform';
import { answerSchema } from './schema';

// The editing commands of a rich-text answer, with the behaviour of the Tiptap commands they
// replace (toggleHeading, toggleBulletList, setLink...): the toolbar, the keymap and the input
// rules all go through them.

const { nodes } = answerSchema;

/** Turns the selected blocks into plain paragraphs at the top level (Tiptap's clearNodes). */
export function clearNodes(tr: Transaction): void {
  const { doc, selection } = tr;
  doc.nodesBetween(selection.from, selection.to, (node, pos) => {
    if (node.isText) return;
    const $from = tr.doc.resolve(tr.mapping.map(pos));
    const range = $from.blockRange(tr.doc.resolve(tr.mapping.map(pos + node.nodeSize)));
    if (!range) return;
    const target = liftTarget(range);
    if (node.isTextblock) tr.setNodeMarkup(range.start, $from.parent.contentMatchAt($from.index()).defaultType);
    if (target !== null) tr.lift(range, target);
  });
}

/** `command`, run on what `prepare` leaves of the document, as one transaction. */
export function afterPreparing(prepare: (tr: Transaction) => void, command: Command): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    prepare(tr);
    let next: Transaction | null = null;
    if (!command(state.apply(tr), (t) => (next = t)) || !next) return false;
    const done: Transaction = next;
    done.steps.forEach((step) => tr.step(step));
    dispatch?.(tr.setSelection(Selection.fromJSON(tr.doc, done.selection.toJSON())).scrollIntoView());
    return true;
  };
}

/** The innermost ancestor of `$pos` of one of `types`, with its depth. */
function ancestor($pos: ResolvedPos, test: (type: NodeType) => boolean): { depth: number; type: NodeType } | null {
  for (let depth = $pos.depth; depth > 0; depth--) {
    if (test($pos.node(depth).type)) return { depth, type: $pos.node(depth).type };
  }
  return null;
}

/** Whether the selection is inside a node of `type` (with `attrs`, when given). */
export function isNodeActive(state: EditorState, type: NodeType, attrs: Attrs = {}): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type === type && Object.entries(attrs).every(([k, v]) => node.attrs[k] === v)) return true;
  }
  return false;
}

/** Whether the mark applies at the cursor, or to all the selected text. */
export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { empty, from, to, $from } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  let all = true;
  state.doc.nodesBetween(from, to, (node) => {
    if (node.isText && !type.isInSet(node.marks)) all = false;
  });
  return all;
}

/** Changes a block into `type` (a heading, a code block), out of any list or quote if it must. */
export function setTextblock(type: NodeType, attrs: Attrs | null = null): Command {
  return (state, dispatch) =>
    setBlockType(type, attrs)(state, dispatch) ||
    afterPreparing(clearNodes, setBlockType(type, attrs))(state, dispatch);
}

/** A heading of `level`, or back to a paragraph if the block is one already. */
export function toggleHeading(level: number): Command {
  return (state, dispatch) =>
    isNodeActive(state, nodes.heading, { level })
      ? setBlockType(nodes.paragraph)(state, dispatch)
      : setTextblock(nodes.heading, { level })(state, dispatch);
}

/** A code block, or back to a paragraph. */
export const toggleCodeBlock: Command = (state, dispatch) =>
  isNodeActive(state, nodes.codeBlock)
    ? setBlockType(nodes.paragraph)(state, dispatch)
    : setTextblock(nodes.codeBlock)(state, dispatch);

/** Wraps the blocks in a quote, or lifts them out of the one they are in. */
export const toggleBlockquote: Command = (state, dispatch) =>
  isNodeActive(state, nodes.blockquote) ? lift(state, dispatch) : wrapIn(nodes.blockquote)(state, dispatch);

/** A list of `type`: out of it if already in one, the other kind switched over, else wrapped. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const list = ancestor(state.selection.$from, (t) => t === nodes.bulletList || t === nodes.orderedList);
    if (list?.type === type) return liftListItem(nodes.listItem)(state, dispatch);
    if (list) {
      dispatch?.(state.tr.setNodeMarkup(state.selection.$from.before(list.depth), type));
      return true;
    }
    return wrapInList(type)(state, dispatch) || afterPreparing(clearNodes, wrapInList(type))(state, dispatch);
  };
}
