import { getSchema } from '@tiptap/core';
import Link from '@tiptap/extension-link';
import type { Mark, MarkSpec, Node, NodeSpec, TagParseRule, StyleParseRule } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isSafeLinkUrl } from './link-url';
import { answerSchema } from './schema';

// Every stored answer was written through this Tiptap configuration; the ProseMirror schema the
// browser now uses must read and write exactly the same documents.
const tiptapSchema = getSchema([
  StarterKit.configure({ undoRedo: false, link: false }),
  Link.configure({
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    protocols: [],
    isAllowedUri: (url) => isSafeLinkUrl(url),
    HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
  }),
]);

type TSpec = NodeSpec | MarkSpec;
type TRule = TagParseRule | StyleParseRule;

// What ProseMirror reads from a spec, apart from the functions compared by behaviour below;
// `toText` is Tiptap's own (its clipboard serializer), not ProseMirror's.
function data(spec: TSpec) {
  const rest: Record<string, unknown> = { ...spec };
  for (const key of ['parseDOM', 'toDOM', 'toText']) delete rest[key];
  return rest;
}

function fakeElement(attrs: Record<string, string>, style: Record<string, string> = {}, childClass?: string) {
  return {
    getAttribute: (name: string) => attrs[name] ?? null,
    hasAttribute: (name: string) => name in attrs,
    style: { fontWeight: '', fontStyle: '', ...style },
    firstElementChild: childClass ? { classList: [childClass] } : null,
    querySelector: (selector: string) =>
      selector === 'li' && attrs['data-li-style'] ? { getAttribute: () => attrs['data-li-style'] } : null,
  } as unknown as HTMLElement;
}

const ELEMENTS = [
  fakeElement({}),
  fakeElement({ level: '5', start: '3', type: 'a', title: 'true', class: 'x' }),
  fakeElement({ start: '7', style: 'list-style-type: upper-roman' }),
  fakeElement({ 'data-li-style': 'list-style-type: lower-alpha' }),
  fakeElement({ href: 'https://example.org', target: '_self', rel: 'me', title: '12' }),
  fakeElement({ href: 'javascript:alert(1)' }),
  fakeElement({ href: 'mailto:a@example.org' }),
  fakeElement({}, { fontWeight: 'normal', fontStyle: 'normal' }),
  fakeElement({}, { fontWeight: '700', fontStyle: 'italic' }, 'language-ts'),
];
const STYLES = [
  'bold',
  'bolder',
  '400',
  '700',
  'normal',
  'italic',
  'underline',
  'line-through',
  'underline line-through',
];

function compareRules(actual: readonly TRule[] = [], expected: readonly TRule[] = []) {
  const fields = (rule: TRule) => Object.fromEntries(Object.entries(rule).filter(([, v]) => typeof v !== 'function'));
  expect(actual.map(fields)).toEqual(expected.map(fields));
  actual.forEach((rule, i) => {
    const reference = expected[i] as TRule;
    const inputs = 'tag' in rule ? ELEMENTS : STYLES;
    for (const input of inputs) {
      const read = (r: TRule) => (r.getAttrs ? r.getAttrs(input as never) : r.attrs);
      expect([rule.tag ?? rule.style, read(rule) ?? {}]).toEqual([rule.tag ?? rule.style, read(reference) ?? {}]);
    }
    const clears = (r: TRule) => typeof (r as StyleParseRule).clearMark;
    expect(clears(rule)).toBe(clears(reference));
  });
}

// toDOM's output, without attributes whose value is null (the DOM never shows them).
function rendered(value: Node | Mark): string {
  const spec = value.type.spec;
  const output = 'isText' in value ? (spec as NodeSpec).toDOM?.(value) : (spec as MarkSpec).toDOM?.(value, true);
  return JSON.stringify(output, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== null && x !== undefined)
            .sort(),
        )
      : v,
  );
}

const link = (href: string, extra: Record<string, unknown> = {}) => ({ type: 'link', attrs: { href, ...extra } });
const text = (value: string, ...marks: unknown[]) => ({ type: 'text', text: value, ...(marks.length && { marks }) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const item = (...content: unknown[]) => ({ type: 'listItem', content });

// A document with every node and mark, with attributes away from their defaults.
const EVERYTHING = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Title', { type: 'bold' })] },
    { type: 'heading', attrs: { level: 9 }, content: [text('Odd level')] },
    para(
      text('all ', { type: 'bold' }, { type: 'italic' }, { type: 'underline' }, { type: 'strike' }),
      text('code', { type: 'code' }),
      { type: 'hardBreak' },
      text('site', link('https://example.org', { title: 'T', class: 'c', target: null })),
      text(' bad', link('javascript:alert(1)')),
      text(' mail', { type: 'italic' }, link('mailto:a@example.org')),
    ),
    { type: 'blockquote', content: [para(text('quoted'))] },
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
    { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('let a = 1;')] },
    { type: 'codeBlock', content: [text('plain')] },
    { type: 'horizontalRule' },
    para(),
  ],
};

function everyNodeAndMark(doc: Node): { nodes: Set<string>; marks: Set<string> } {
  const nodes = new Set<string>([doc.type.name]);
  const marks = new Set<string>();
  doc.descendants((node) => {
    nodes.add(node.type.name);
    node.marks.forEach((mark) => marks.add(mark.type.name));
  });
  return { nodes, marks };
}

describe('the answer schema', () => {
  it("has Tiptap's nodes and marks, in the same order", () => {
    expect(answerSchema.spec.topNode ?? 'doc').toBe(tiptapSchema.spec.topNode ?? 'doc');
    expect(Object.keys(answerSchema.nodes)).toEqual(Object.keys(tiptapSchema.nodes));
    expect(Object.keys(answerSchema.marks)).toEqual(Object.keys(tiptapSchema.marks));
  });

  it.each(Object.keys(tiptapSchema.nodes))('node %s has the same spec and parse rules', (name) => {
    const [actual, expected] = [answerSchema.nodes[name as 'doc'].spec, tiptapSchema.nodes[name]?.spec ?? {}];
    expect(data(actual)).toEqual(data(expected));
    compareRules(actual.parseDOM, expected.parseDOM);
  });

  it.each(Object.keys(tiptapSchema.marks))('mark %s has the same spec and parse rules', (name) => {
    const [actual, expected] = [answerSchema.marks[name as 'link'].spec, tiptapSchema.marks[name]?.spec ?? {}];
    expect(data(actual)).toEqual(data(expected));
    compareRules(actual.parseDOM, expected.parseDOM);
  });

  it('renders every node and mark to the same HTML', () => {
    const ours = answerSchema.nodeFromJSON(EVERYTHING);
    const theirs = tiptapSchema.nodeFromJSON(EVERYTHING);
    const collect = (doc: Node) => {
      const out: string[] = [];
      doc.descendants((node) => {
        if (!node.isText) out.push(rendered(node));
        node.marks.forEach((mark) => out.push(rendered(mark)));
      });
      return out;
    };
    expect(collect(ours)).toEqual(collect(theirs));
    expect(collect(ours)).toContain(
      JSON.stringify(['a', { href: '', rel: 'noopener noreferrer nofollow', target: '_blank' }, 0]),
    );
  });

  it("reads back a fragment written through Tiptap's schema, and Tiptap reads back ours", () => {
    const written = tiptapSchema.nodeFromJSON(EVERYTHING);
    const { nodes, marks } = everyNodeAndMark(written);
    expect([...nodes].sort()).toEqual(Object.keys(tiptapSchema.nodes).sort());
    expect([...marks].sort()).toEqual(Object.keys(tiptapSchema.marks).sort());

    const fragment = prosemirrorToYXmlFragment(written, new Y.Doc().getXmlFragment('answer'));
    const read = yXmlFragmentToProseMirrorRootNode(fragment, answerSchema);
    expect(read.toJSON()).toEqual(written.toJSON());
    read.check();

    const back = prosemirrorToYXmlFragment(read, new Y.Doc().getXmlFragment('answer'));
    expect(back.toJSON()).toBe(fragment.toJSON());
    expect(yXmlFragmentToProseMirrorRootNode(back, tiptapSchema).toJSON()).toEqual(written.toJSON());
  });
});
