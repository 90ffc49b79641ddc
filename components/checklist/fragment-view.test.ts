import { DOMSerializer, type Node } from '@tiptap/pm/model';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { answerSchema } from '@/lib/collab/editor/schema';
import { fragmentDomStore } from '@/lib/collab/use-fragment-dom';
import { FragmentView } from './fragment-view';

// The view must show what the read-only editor showed: the HTML of ProseMirror's DOMSerializer
// over the document y-prosemirror reads from the fragment. Vitest runs without a DOM, so the
// serializer writes into a small document of its own, printed as React prints HTML.

type TFakeNode = { html: () => string };
const VOID_TAGS = new Set(['br', 'hr']);
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function fakeParent() {
  const children: TFakeNode[] = [];
  return {
    children,
    appendChild(child: TFakeNode) {
      children.push(child);
      return child;
    },
  };
}

const fakeDocument = {
  createDocumentFragment: () => {
    const parent = fakeParent();
    return { ...parent, html: () => parent.children.map((c) => c.html()).join('') };
  },
  createTextNode: (text: string) => ({ html: () => escape(text) }),
  createElement: (tag: string) => {
    const parent = fakeParent();
    const attrs: [string, string][] = [];
    return {
      ...parent,
      nodeType: 1,
      setAttribute: (name: string, value: unknown) => void attrs.push([name, String(value)]),
      html: () => {
        const open = `<${tag}${attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('')}`;
        if (VOID_TAGS.has(tag)) return `${open}/>`;
        return `${open}>${parent.children.map((c) => c.html()).join('')}</${tag}>`;
      },
    };
  },
};

function serializedHtml(doc: Node): string {
  const target = DOMSerializer.fromSchema(answerSchema).serializeFragment(doc.content, {
    document: fakeDocument as unknown as Document,
  });
  return (target as unknown as TFakeNode).html();
}

const LABEL = 'Text of weakness 1';
const view = (fragment: Y.XmlFragment) =>
  renderToStaticMarkup(createElement(FragmentView, { fragment, label: LABEL, className: 'min-h-12 px-3 py-2' }));
const wrapped = (html: string) =>
  '<div role="textbox" aria-multiline="true" aria-label="Text of weakness 1" aria-readonly="true" translate="no"' +
  ` class="rich-text-view answer-editor min-h-12 px-3 py-2">${html}</div>`;

const link = (href: string, extra: Record<string, unknown> = {}) => ({ type: 'link', attrs: { href, ...extra } });
const text = (value: string, ...marks: unknown[]) => ({ type: 'text', text: value, ...(marks.length && { marks }) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const item = (...content: unknown[]) => ({ type: 'listItem', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };

// Every node and mark, attributes away from their defaults, marks that open and close across
// texts, and text that looks like markup.
const EVERYTHING = {
  type: 'doc',
  content: [
    ...[1, 2, 3, 4, 5, 6, 9].map((level) => ({ type: 'heading', attrs: { level }, content: [text(`Level ${level}`)] })),
    para(
      text('all ', bold, italic, { type: 'underline' }, { type: 'strike' }),
      text('bold ', bold),
      text('both ', bold, italic),
      text('italic', italic),
      text(' code <b>&amp;</b>', { type: 'code' }),
      { type: 'hardBreak' },
      text('site', link('https://example.org/?a=1&b=2', { title: 'T', class: 'c', target: null })),
      text(' other', bold, link('https://example.com')),
      text(' mail', italic, link('mailto:a@example.org')),
    ),
    { type: 'blockquote', content: [para(text('quoted')), para()] },
    {
      type: 'bulletList',
      content: [
        item(para(text('one')), {
          type: 'orderedList',
          attrs: { start: 3, type: 'a' },
          content: [item(para(text('three')))],
        }),
      ],
    },
    { type: 'orderedList', content: [item(para())] },
    { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('let a = 1;\n  <x>')] },
    { type: 'codeBlock', content: [text('plain')] },
    { type: 'horizontalRule' },
    para(),
  ],
};

function fragmentOf(json: unknown): { fragment: Y.XmlFragment; shown: Node } {
  const fragment = prosemirrorToYXmlFragment(answerSchema.nodeFromJSON(json), new Y.Doc().getXmlFragment('f'));
  return { fragment, shown: yXmlFragmentToProseMirrorRootNode(fragment, answerSchema) };
}

describe('FragmentView', () => {
  it('shows every node and mark in the HTML the schema gives them', () => {
    const { fragment, shown } = fragmentOf(EVERYTHING);
    const types = new Set<string>();
    shown.descendants((node) => {
      types.add(node.type.name);
      node.marks.forEach((mark) => types.add(mark.type.name));
    });
    expect([...types].sort()).toEqual(
      [...Object.keys(answerSchema.nodes), ...Object.keys(answerSchema.marks)].filter((n) => n !== 'doc').sort(),
    );

    const html = serializedHtml(shown);
    expect(html).toContain('<ol start="3" type="a">');
    expect(html).toContain('<strong><em><s><u>all </u></s></em>bold <em>both </em></strong><em>italic</em>');
    expect(view(fragment)).toBe(wrapped(html));
  });

  it('shows a link to an unsafe address as its text only', () => {
    const { fragment } = fragmentOf({
      type: 'doc',
      content: [para(text('go ', bold), text('there', bold, link('javascript:alert(1)')), text(' now'))],
    });
    expect(view(fragment)).toBe(wrapped('<p><strong>go there</strong> now</p>'));
  });

  it("reads a mark y-prosemirror stored under a hashed name, and skips what the schema doesn't know", () => {
    const fragment = new Y.Doc().getXmlFragment('f');
    const paragraph = new Y.XmlElement('paragraph');
    const stored = new Y.XmlText();
    stored.insert(0, 'x', { 'bold--AbCd1234': {}, unknown: {} });
    paragraph.insert(0, [stored]);
    fragment.insert(0, [paragraph, new Y.XmlElement('constructor')]);
    expect(view(fragment)).toBe(wrapped('<p><strong>x</strong></p>'));
  });

  it('re-renders when the fragment changes, and only then', () => {
    const { fragment } = fragmentOf({ type: 'doc', content: [para(text('first'))] });
    const store = fragmentDomStore(fragment);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    expect(listener).not.toHaveBeenCalled();

    const paragraph = fragment.get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(5, ' edited', { italic: {} });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    expect(view(fragment)).toBe(wrapped('<p>first<em> edited</em></p>'));

    // An attribute no toDOM reads changes nothing shown.
    paragraph.setAttribute('ignored', 'x');
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    fragment.insert(1, [new Y.XmlElement('horizontalRule')]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
