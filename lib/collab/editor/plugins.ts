import { dropCursor } from '@tiptap/pm/dropcursor';
import { gapCursor } from '@tiptap/pm/gapcursor';
import { keymap } from '@tiptap/pm/keymap';
import { Plugin } from '@tiptap/pm/state';
import { defaultSelectionBuilder, redo, undo, yCursorPlugin, ySyncPlugin, yUndoPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TCollabUser } from '../collab-session';
import { answerInputRules } from './input-rules';
import { answerKeymaps } from './keymap';
import { linkPlugins } from './link-plugins';
import { answerSchema } from './schema';

/** What a collaborative answer editor binds to: its fragment, the shared awareness and the local user. */
export type TAnswerEditorBinding = {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: TCollabUser;
};

const isColor = (color: unknown): color is string => typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color);

/** A remote caret: the bar and name label the page's CSS and tests know (CollaborationCaret's DOM). */
function caret(user: { name?: string; color?: unknown }): HTMLElement {
  const color = isColor(user.color) ? user.color : 'transparent';
  const bar = document.createElement('span');
  bar.classList.add('collaboration-carets__caret');
  bar.style.borderColor = color;
  const label = document.createElement('div');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.append(document.createTextNode(user.name ?? ''));
  bar.append(label);
  return bar;
}

// The document always ends with a paragraph, so there is somewhere to type after a list or a quote.
const trailingParagraph = new Plugin({
  appendTransaction(transactions, _old, state) {
    if (!transactions.some((tr) => tr.docChanged) || state.doc.lastChild?.type === answerSchema.nodes.paragraph)
      return null;
    return state.tr.insert(state.doc.content.size, answerSchema.nodes.paragraph.create());
  },
});

/** What every answer editor has, collaborative or not: keyboard, Markdown shortcuts, links, cursors. */
export function editingPlugins(): Plugin[] {
  return [
    answerInputRules(),
    ...linkPlugins(),
    ...answerKeymaps(),
    dropCursor({ color: 'currentColor', width: 1 }),
    gapCursor(),
    trailingParagraph,
  ];
}

/**
 * The plugins of a collaborative answer editor: the editing plugins, bound to one fragment, with
 * remote carets and a Yjs undo that only ever undoes this person's own changes.
 */
export function answerEditorPlugins({ fragment, awareness, user }: TAnswerEditorBinding): Plugin[] {
  // One awareness serves every editor of the page; each says who is typing (CollaborationCaret's `user`).
  const announceUser = new Plugin({
    view: () => {
      awareness.setLocalStateField('user', user);
      return {};
    },
  });
  // y-tiptap's declarations type these two plugins as `any`.
  const sync = ySyncPlugin(fragment) as Plugin;
  const carets = yCursorPlugin(awareness, {
    cursorBuilder: caret,
    selectionBuilder: (remote: { color?: unknown }) => (isColor(remote.color) ? defaultSelectionBuilder(remote) : {}),
  }) as Plugin;
  return [
    sync,
    carets,
    yUndoPlugin(),
    announceUser,
    keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
    ...editingPlugins(),
  ];
}
