import {
  baseKeymap,
  chainCommands,
  createParagraphNear,
  deleteSelection,
  exitCode,
  joinBackward,
  liftEmptyBlock,
  newlineInCode,
  selectNodeBackward,
  setBlockType,
  splitBlock,
  toggleMark,
} from '@tiptap/pm/commands';
import { undoInputRule } from '@tiptap/pm/inputrules';
import { keymap } from '@tiptap/pm/keymap';
import { liftListItem, sinkListItem, splitListItem } from '@tiptap/pm/schema-list';
import { type Command, Selection, type Transaction } from '@tiptap/pm/state';
import { afterPreparing, clearNodes, toggleBlockquote, toggleCodeBlock, toggleHeading, toggleList } from './commands';
import { answerSchema } from './schema';

// The keyboard of StarterKit: its shortcuts, lists that Enter splits and Tab indents, and
// ProseMirror's base keymap under them. Outside a list Tab is not bound, so it leaves the text.

const { nodes, marks } = answerSchema;

/** With `marks` kept on what is typed next, except a link (Tiptap's keepMarks). */
function keepingMarks(command: Command): Command {
  return (state, dispatch, view) => {
    const { storedMarks, selection } = state;
    const kept = (storedMarks ?? (selection.$to.parentOffset ? selection.$from.marks() : [])).filter(
      (mark) => mark.type !== marks.link,
    );
    const keep = (tr: Transaction) => dispatch?.(kept.length ? tr.ensureMarks(kept) : tr);
    return command(state, dispatch && keep, view);
  };
}

const hardBreak: Command = keepingMarks((state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(nodes.hardBreak.create()).scrollIntoView());
  return true;
});

/** At the start of a list item's first paragraph, Backspace takes the item out of the list. */
const liftItemAtStart: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  const depth = $from.depth - 1;
  if (!empty || $from.parentOffset > 0 || depth < 1) return false;
  if ($from.node(depth).type !== nodes.listItem || $from.index(depth) !== 0) return false;
  return liftListItem(nodes.listItem)(state, dispatch);
};

/** An empty code block, or one the cursor starts the document in, turns back into a paragraph. */
const leaveCodeBlock: Command = (state, dispatch) => {
  const { $anchor, empty } = state.selection;
  if (!empty || $anchor.parent.type !== nodes.codeBlock) return false;
  if ($anchor.pos !== 1 && $anchor.parent.textContent.length > 0) return false;
  const tr = state.tr;
  clearNodes(tr);
  dispatch?.(tr);
  return true;
};

/** The first, empty block of the text goes back to a paragraph before Backspace deletes anything. */
const resetFirstBlock: Command = (state, dispatch) => {
  const { $anchor, empty } = state.selection;
  const { parent } = $anchor;
  const atStart = Selection.atStart(state.doc).from === $anchor.pos;
  if (!empty || !parent.isTextblock || parent.textContent.length || !atStart || parent.type === nodes.paragraph)
    return false;
  const tr = state.tr;
  clearNodes(tr);
  dispatch?.(tr);
  return true;
};

/** Three Enters at the end of a code block leave it. */
const exitCodeOnTripleEnter: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== nodes.codeBlock) return false;
  const atEnd = $from.parentOffset === $from.parent.nodeSize - 2;
  if (!atEnd || !$from.parent.textContent.endsWith('\n\n')) return false;
  return afterPreparing((tr) => tr.delete($from.pos - 2, $from.pos), exitCode)(state, dispatch);
};

const backspace = chainCommands(
  undoInputRule,
  liftItemAtStart,
  leaveCodeBlock,
  resetFirstBlock,
  deleteSelection,
  joinBackward,
  selectNodeBackward,
);

const headingKeys = Object.fromEntries([1, 2, 3, 4, 5, 6].map((level) => [`Mod-Alt-${level}`, toggleHeading(level)]));

/** The keymaps of an answer editor, most specific first. */
export function answerKeymaps() {
  return [
    keymap({
      Enter: chainCommands(exitCodeOnTripleEnter, splitListItem(nodes.listItem)),
      Tab: sinkListItem(nodes.listItem),
      'Shift-Tab': liftListItem(nodes.listItem),
      Backspace: backspace,
      'Mod-Backspace': backspace,
      'Shift-Backspace': backspace,
      'Mod-Enter': chainCommands(exitCode, hardBreak),
      'Shift-Enter': chainCommands(exitCode, hardBreak),
      'Mod-b': toggleMark(marks.bold),
      'Mod-B': toggleMark(marks.bold),
      'Mod-i': toggleMark(marks.italic),
      'Mod-I': toggleMark(marks.italic),
      'Mod-u': toggleMark(marks.underline),
      'Mod-U': toggleMark(marks.underline),
      'Mod-Shift-s': toggleMark(marks.strike),
      'Mod-e': toggleMark(marks.code),
      'Mod-Alt-0': setBlockType(nodes.paragraph),
      ...headingKeys,
      'Mod-Alt-c': toggleCodeBlock,
      'Mod-Shift-b': toggleBlockquote,
      'Mod-Shift-7': toggleList(nodes.orderedList),
      'Mod-Shift-8': toggleList(nodes.bulletList),
    }),
    keymap({
      ...baseKeymap,
      Enter: chainCommands(newlineInCode, createParagraphNear, liftEmptyBlock, keepingMarks(splitBlock)),
    }),
  ];
}
