import { type Command, EditorState, Selection, type Transaction } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { type TAnswerEditorBinding, answerEditorPlugins } from './plugins';
import { answerSchema } from './schema';

/** How the editable text presents itself: its ARIA name (or the id of what names it) and its classes. */
export type TEditorPresentation = {
  label?: string;
  labelledBy?: string;
  className: string;
  editable: boolean;
};

/**
 * One ProseMirror view bound to a fragment, with what React needs around it: a store of its
 * state for the toolbar, focus callbacks, editability that changes without a new view, and a
 * place in the page given once React has one.
 */
export class RichTextEditor {
  readonly view: EditorView;
  private readonly listeners = new Set<() => void>();
  private presentation: TEditorPresentation;
  private focusOnAttach: boolean;
  private onFocusChange: ((focused: boolean) => void) | undefined;

  constructor(binding: TAnswerEditorBinding, presentation: TEditorPresentation, autoFocus: boolean) {
    this.presentation = presentation;
    this.focusOnAttach = autoFocus && presentation.editable;
    const notify = () => this.listeners.forEach((listener) => listener());
    // A view without a place: React gives it one (attach), as Tiptap's EditorContent does.
    this.view = new EditorView(null, {
      // Never seeded: the text lives in the fragment, and ySyncPlugin renders it.
      state: EditorState.create({ schema: answerSchema, plugins: answerEditorPlugins(binding) }),
      dispatchTransaction(this: EditorView, tr: Transaction) {
        // `this` is the view: the sync plugin dispatches while the view is still being built.
        this.updateState(this.state.apply(tr));
        notify();
      },
      editable: () => this.presentation.editable,
      attributes: () => this.attributes(),
      handleDOMEvents: {
        focus: () => void this.onFocusChange?.(true),
        blur: () => void this.onFocusChange?.(false),
      },
      // Tab already leaves the text (outside lists); Escape does too, for those who expect it.
      // Blurring keeps the browser's place in the tab order, so the next Tab goes on from here.
      handleKeyDown: (view, event) => {
        if (event.key !== 'Escape') return false;
        view.dom.blur();
        return true;
      },
      // Copied as plain text, a line break stays a line break (ProseMirror would drop it).
      clipboardTextSerializer: (slice) =>
        slice.content.textBetween(0, slice.content.size, '\n\n', (leaf) =>
          leaf.type === answerSchema.nodes.hardBreak ? '\n' : '',
        ),
    });
  }

  private attributes(): Record<string, string> {
    const { label, labelledBy, className, editable } = this.presentation;
    return {
      role: 'textbox',
      'aria-multiline': 'true',
      ...(label !== undefined && { 'aria-label': label }),
      ...(labelledBy !== undefined && { 'aria-labelledby': labelledBy }),
      'aria-readonly': String(!editable),
      ...(editable && { tabindex: '0' }),
      class: className,
    };
  }

  /** The current state; a new object after every transaction. */
  readonly getState = (): EditorState => this.view.state;

  /** Calls `listener` after every transaction (React's useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Tells `listener` when the text gains or loses the focus. */
  listenToFocus(listener: ((focused: boolean) => void) | undefined): void {
    this.onFocusChange = listener;
  }

  /** Changes the name, classes or editability in place. */
  present(presentation: TEditorPresentation): void {
    this.presentation = presentation;
    this.view.setProps({});
  }

  /** Puts the text in the page, inside `host`, and focuses it the first time if asked to. */
  attach(host: HTMLElement): void {
    if (this.view.dom.parentNode !== host) host.append(this.view.dom);
    if (!this.focusOnAttach) return;
    this.focusOnAttach = false;
    this.run((state, dispatch) => {
      dispatch?.(state.tr.setSelection(Selection.atStart(state.doc)));
      return true;
    });
  }

  /** Runs a command on the text, focused, as a toolbar button does. */
  run(command: Command): boolean {
    this.view.focus();
    return command(this.view.state, this.view.dispatch, this.view);
  }

  destroy(): void {
    this.listeners.clear();
    this.view.destroy();
  }
}
