import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { TCollabUser } from './collab-session';

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

/**
 * The schema of a rich-text answer: the one list of Tiptap extensions, shared by the editor
 * (through answerEditorExtensions) and by any server-side conversion of a fragment.
 */
export function answerSchemaExtensions(): Extensions {
  return [
    // Collaboration brings its own Yjs-aware undo; StarterKit's would undo other people's typing.
    StarterKit.configure({ undoRedo: false, link: false }),
    Link.configure({
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: [],
      isAllowedUri: (url) => isSafeLinkUrl(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  ];
}

/** What a collaborative answer editor binds to: its fragment, the shared awareness and the local user. */
export type TAnswerEditorBinding = {
  fragment: Y.XmlFragment;
  awareness: Awareness;
  user: TCollabUser;
};

/** The extensions of a collaborative answer editor: the answer schema, bound to one fragment, with remote carets. */
export function answerEditorExtensions({ fragment, awareness, user }: TAnswerEditorBinding): Extensions {
  return [
    ...answerSchemaExtensions(),
    Collaboration.configure({ fragment }),
    // CollaborationCaret only reads `provider.awareness`; one awareness serves every editor of the page.
    CollaborationCaret.configure({ provider: { awareness }, user }),
  ];
}
