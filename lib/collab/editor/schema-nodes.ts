import type { Attrs, DOMOutputSpec, Node, NodeSpec } from '@tiptap/pm/model';
import { readAttrs } from './parse-attrs';

// The nodes of a rich-text answer, spec for spec those of Tiptap's StarterKit 3 (see
// schema.test.ts): the names, attributes and HTML are what every stored fragment is written in.

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
const LANGUAGE_CLASS_PREFIX = 'language-';

// Word and Google Docs give an ordered list's numbering as CSS rather than as a `type` attribute.
const CSS_LIST_TYPES: Record<string, string> = {
  'upper-roman': 'I',
  'lower-roman': 'i',
  'upper-alpha': 'A',
  'upper-latin': 'A',
  'lower-alpha': 'a',
  'lower-latin': 'a',
};

function listTypeOfStyle(style: string | null | undefined): string | null {
  const value = style?.match(/list-style-type\s*:\s*([^;]+)/i)?.[1];
  return value ? (CSS_LIST_TYPES[value.trim().toLowerCase()] ?? null) : null;
}

function orderedListType(element: HTMLElement): string | null {
  return (
    element.getAttribute('type') ||
    listTypeOfStyle(element.getAttribute('style')) ||
    listTypeOfStyle(element.querySelector('li')?.getAttribute('style'))
  );
}

function codeLanguage(element: HTMLElement): string | null {
  const classes = [...(element.firstElementChild?.classList ?? [])];
  const language = classes.find((name) => name.startsWith(LANGUAGE_CLASS_PREFIX));
  return language ? language.replace(LANGUAGE_CLASS_PREFIX, '') : null;
}

/** A parse rule for `tag` whose attributes are read from the element as Tiptap reads them, over `attrs`. */
function tagRule(tag: string, names: Parameters<typeof readAttrs>[1] = {}, attrs?: Attrs) {
  return { tag, ...(attrs && { attrs }), getAttrs: (element: HTMLElement) => readAttrs(element, names, attrs) };
}

const orderedListDOM = (node: Node): DOMOutputSpec => {
  const { start, type } = node.attrs as { start: number; type: string | null };
  const attrs: Record<string, string | number> = {};
  if (start !== 1) attrs.start = start;
  if (type && type !== '1') attrs.type = type;
  return ['ol', attrs, 0];
};

/** Node specs in Tiptap's order: the first block, `paragraph`, is what an empty answer holds. */
export const answerNodes = {
  paragraph: { content: 'inline*', group: 'block', parseDOM: [tagRule('p')], toDOM: () => ['p', {}, 0] },
  blockquote: {
    content: 'block+',
    group: 'block',
    defining: true,
    parseDOM: [tagRule('blockquote')],
    toDOM: () => ['blockquote', {}, 0],
  },
  bulletList: { content: 'listItem+', group: 'block list', parseDOM: [tagRule('ul')], toDOM: () => ['ul', {}, 0] },
  codeBlock: {
    content: 'text*',
    marks: '',
    group: 'block',
    code: true,
    defining: true,
    attrs: { language: { default: null } },
    parseDOM: [{ ...tagRule('pre', { language: codeLanguage }), preserveWhitespace: 'full' }],
    toDOM: (node) => {
      const language = node.attrs.language as string | null;
      return ['pre', {}, ['code', language ? { class: LANGUAGE_CLASS_PREFIX + language } : {}, 0]];
    },
  },
  doc: { content: 'block+' },
  hardBreak: {
    group: 'inline',
    inline: true,
    selectable: false,
    linebreakReplacement: true,
    parseDOM: [tagRule('br')],
    toDOM: () => ['br', {}],
  },
  heading: {
    content: 'inline*',
    group: 'block',
    defining: true,
    attrs: { level: { default: 1 } },
    parseDOM: HEADING_LEVELS.map((level) => tagRule(`h${level}`, { level: undefined }, { level })),
    toDOM: (node) => {
      const level = node.attrs.level as number;
      return [`h${HEADING_LEVELS.includes(level as 1) ? level : 1}`, {}, 0];
    },
  },
  horizontalRule: { group: 'block', parseDOM: [tagRule('hr')], toDOM: () => ['hr', {}] },
  listItem: { content: 'paragraph block*', defining: true, parseDOM: [tagRule('li')], toDOM: () => ['li', {}, 0] },
  orderedList: {
    content: 'listItem+',
    group: 'block list',
    attrs: { start: { default: 1 }, type: { default: null } },
    parseDOM: [
      tagRule('ol', {
        start: (el) => (el.hasAttribute('start') ? parseInt(el.getAttribute('start') || '', 10) : 1),
        type: orderedListType,
      }),
    ],
    toDOM: orderedListDOM,
  },
  text: { group: 'inline' },
} satisfies Record<string, NodeSpec>;
