import type { Node } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { toggleHeading, toggleList } from './commands';
import { linkHref, setLink, unsetLink } from './link-commands';
import { editingPlugins } from './plugins';
import { answerSchema } from './schema';

// The editor's keyboard, Markdown shortcuts and links, driven through the plugins' own handlers
// with a stand-in for the view (no DOM here), the way ProseMirror calls them.

const { nodes } = answerSchema;

class Harness {
  state: EditorState;
  constructor(doc: Node, cursor: number) {
    this.state = EditorState.create({ doc, plugins: editingPlugins() });
    this.state = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, cursor)));
  }
  private get view(): EditorView {
    return {
      state: this.state,
      composing: false,
      dispatch: (tr: Transaction) => (this.state = this.state.apply(tr)),
    } as unknown as EditorView;
  }
  type(text: string): this {
    for (const char of text) {
      const { from, to } = this.state.selection;
      const handled = this.state.plugins.some((p) =>
        p.props.handleTextInput?.call(p, this.view, from, to, char, () => this.state.tr),
      );
      if (!handled) this.state = this.state.apply(this.state.tr.insertText(char, from, to));
    }
    return this;
  }
  press(key: string, modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}): boolean {
    const event = {
      key,
      keyCode: key.length === 1 ? key.toUpperCase().charCodeAt(0) : 0,
      ctrlKey: Boolean(modifiers.ctrl),
      shiftKey: Boolean(modifiers.shift),
      altKey: Boolean(modifiers.alt),
      metaKey: false,
    } as KeyboardEvent;
    return this.state.plugins.some((p) => p.props.handleKeyDown?.call(p, this.view, event));
  }
  get json() {
    return (this.state.doc.toJSON() as { content: unknown[] }).content;
  }
}

const doc = (...content: Node[]) => nodes.doc.create(null, content);
const para = (text = '') => nodes.paragraph.create(null, text ? answerSchema.text(text) : null);
const empty = () => new Harness(doc(para()), 1);

describe('Markdown shortcuts', () => {
  it.each([
    ['### ', 'heading', { level: 3 }],
    ['- ', 'bulletList', undefined],
    ['* ', 'bulletList', undefined],
    ['3. ', 'orderedList', { start: 3, type: null }],
    ['> ', 'blockquote', undefined],
    ['```ts ', 'codeBlock', { language: 'ts' }],
  ])('%j makes a %s', (typed, type, attrs) => {
    const block = empty().type(typed).json[0] as { type: string; attrs?: unknown };
    expect(block.type).toBe(type);
    if (attrs) expect(block.attrs).toEqual(attrs);
  });

  it('--- makes a rule, with a paragraph after it', () => {
    expect(
      empty()
        .type('---')
        .json.map((n) => (n as { type: string }).type),
    ).toEqual(['horizontalRule', 'paragraph']);
  });

  it.each([
    ['**bold** ', 'bold'],
    ['*italic* ', 'italic'],
    ['~~gone~~ ', 'strike'],
    ['`code` ', 'code'],
  ])('%j marks the word %s and drops the markers', (typed, mark) => {
    const h = empty().type(`a ${typed}`);
    const words = h.state.doc.firstChild!;
    expect(words.textContent).toBe(`a ${typed.replace(/[*~`]/g, '')}`);
    expect(words.child(1).marks.map((m) => m.type.name)).toEqual([mark]);
    expect(words.lastChild!.marks).toEqual([]);
  });

  it('Backspace right after a shortcut undoes it', () => {
    const h = new Harness(doc(para(), para()), 1).type('## ');
    expect(h.state.doc.firstChild!.type.name).toBe('heading');
    expect(h.press('Backspace')).toBe(true);
    expect(h.json[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '## ' }] });
  });
});

describe('keyboard', () => {
  it('Ctrl-b, Ctrl-i and Ctrl-u toggle marks for what is typed next', () => {
    const h = empty();
    h.press('b', { ctrl: true });
    h.press('i', { ctrl: true });
    h.press('u', { ctrl: true });
    h.type('x');
    expect(h.state.doc.firstChild!.firstChild!.marks.map((m) => m.type.name)).toEqual(['bold', 'italic', 'underline']);
  });

  it('Ctrl-Alt-3 makes a heading, Ctrl-Shift-8 a bullet list', () => {
    const h = new Harness(doc(para('title')), 2);
    h.press('3', { ctrl: true, alt: true });
    expect(h.state.doc.firstChild!.type.name).toBe('heading');
    h.press('*', { ctrl: true, shift: true });
    expect(h.state.doc.firstChild!.type.name).toBe('heading');
    const list = new Harness(doc(para('item')), 2);
    expect(list.press('8', { ctrl: true, shift: true })).toBe(true);
    expect(list.state.doc.firstChild!.type.name).toBe('bulletList');
  });

  it('Shift-Enter breaks the line', () => {
    const h = new Harness(doc(para('ab')), 2);
    h.press('Enter', { shift: true });
    expect(h.state.doc.firstChild!.child(1).type.name).toBe('hardBreak');
  });

  it('in a list Enter splits, Tab indents and Shift-Tab outdents; outside a list Tab is left to the browser', () => {
    const h = empty().type('- one');
    h.press('Enter');
    h.type('two');
    expect(h.press('Tab')).toBe(true);
    const outer = h.state.doc.firstChild!;
    expect(outer.childCount).toBe(1);
    expect(outer.firstChild!.lastChild!.type.name).toBe('bulletList');
    expect(h.press('Tab', { shift: true })).toBe(true);
    expect(h.state.doc.firstChild!.childCount).toBe(2);
    expect(new Harness(doc(para('text')), 2).press('Tab')).toBe(false);
  });
});

describe('links', () => {
  it.each(['https://example.org/a?b=1', 'http://example.org', 'mailto:someone@example.org'])(
    'links %s once a space follows it',
    (address) => {
      const h = empty().type(`see ${address} `);
      expect(h.state.doc.firstChild!.child(1).marks[0]?.attrs.href).toBe(address);
      expect(h.state.doc.firstChild!.lastChild!.text).toBe(' ');
    },
  );

  it('links the address before Enter, without the full stop after it', () => {
    const h = empty().type('go to https://example.org.');
    h.press('Enter');
    const first = h.state.doc.firstChild!;
    expect(first.child(1).text).toBe('https://example.org');
    expect(first.child(1).marks[0]?.attrs.href).toBe('https://example.org');
  });

  it.each(['javascript:alert(1) ', 'example.org ', 'ftp://example.org '])('leaves %j as text', (typed) => {
    expect(empty().type(typed).state.doc.firstChild!.firstChild!.marks).toEqual([]);
  });

  it('the link form sets, widens to the whole link, and removes; unsafe addresses are refused', () => {
    const h = new Harness(doc(para('one two')), 2);
    const run = (command: typeof unsetLink) => command(h.state, (tr) => (h.state = h.state.apply(tr)));
    h.state = h.state.apply(h.state.tr.setSelection(TextSelection.create(h.state.doc, 1, 4)));
    expect(run(setLink('javascript:alert(1)'))).toBe(false);
    expect(run(setLink('https://example.org'))).toBe(true);
    h.state = h.state.apply(h.state.tr.setSelection(TextSelection.create(h.state.doc, 2)));
    expect(linkHref(h.state)).toBe('https://example.org');
    run(setLink('https://example.com'));
    expect(h.state.doc.firstChild!.firstChild!.marks[0]?.attrs).toMatchObject({ href: 'https://example.com' });
    expect(h.state.doc.firstChild!.firstChild!.text).toBe('one');
    run(unsetLink);
    expect(linkHref(h.state)).toBe('');
  });
});

describe('toolbar commands', () => {
  it('a heading in a list leaves the list; a list item toggles back to a paragraph', () => {
    const h = empty().type('- item');
    toggleHeading(3)(h.state, (tr) => (h.state = h.state.apply(tr)));
    expect(h.state.doc.firstChild!.type.name).toBe('heading');
    toggleList(nodes.orderedList)(h.state, (tr) => (h.state = h.state.apply(tr)));
    expect(h.state.doc.firstChild!.type.name).toBe('orderedList');
    toggleList(nodes.bulletList)(h.state, (tr) => (h.state = h.state.apply(tr)));
    expect(h.state.doc.firstChild!.type.name).toBe('bulletList');
    toggleList(nodes.bulletList)(h.state, (tr) => (h.state = h.state.apply(tr)));
    expect(h.state.doc.firstChild!.type.name).toBe('paragraph');
  });
});
