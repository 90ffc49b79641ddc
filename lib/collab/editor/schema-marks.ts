import type { MarkSpec } from '@tiptap/pm/model';
import { isSafeLinkUrl } from './link-url';
import { readAttrs } from './parse-attrs';

// The marks of a rich-text answer, spec for spec those of Tiptap's StarterKit 3 and Link as the
// app configured them (see schema.test.ts). Their order is their rank: it decides how marks nest.

const LINK_REL = 'noopener noreferrer nofollow';
const LINK_TARGET = '_blank';

const plainTag = (tag: string) => ({ tag, getAttrs: () => ({}) });

/** Mark specs in Tiptap's order: `link` first (its priority), then the StarterKit marks by name. */
export const answerMarks = {
  link: {
    // Typing at the end of a link extends it, as Tiptap's Link does with autolink on.
    inclusive: true,
    attrs: {
      href: { default: null },
      target: { default: LINK_TARGET },
      rel: { default: LINK_REL },
      class: { default: null },
      title: { default: null },
    },
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (element: HTMLElement) => {
          const href = element.getAttribute('href');
          if (!href || !isSafeLinkUrl(href)) return false;
          return readAttrs(element, {
            href: () => href,
            target: undefined,
            rel: undefined,
            class: undefined,
            title: undefined,
          });
        },
      },
    ],
    // A stored link that is not http, https or mailto is shown without its target.
    toDOM: (mark) => {
      const href = mark.attrs.href as string | null;
      return ['a', { ...mark.attrs, href: href !== null && isSafeLinkUrl(href) ? href : '' }, 0];
    },
  },
  bold: {
    parseDOM: [
      plainTag('strong'),
      { tag: 'b', getAttrs: (node: HTMLElement) => (node.style.fontWeight !== 'normal' ? {} : false) },
      { style: 'font-weight=400', clearMark: (mark) => mark.type.name === 'bold' },
      { style: 'font-weight', getAttrs: (value: string) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
    ],
    toDOM: () => ['strong', {}, 0],
  },
  code: { excludes: '_', code: true, parseDOM: [plainTag('code')], toDOM: () => ['code', {}, 0] },
  italic: {
    parseDOM: [
      plainTag('em'),
      { tag: 'i', getAttrs: (node: HTMLElement) => (node.style.fontStyle !== 'normal' ? {} : false) },
      { style: 'font-style=normal', clearMark: (mark) => mark.type.name === 'italic' },
      { style: 'font-style=italic' },
    ],
    toDOM: () => ['em', {}, 0],
  },
  strike: {
    parseDOM: [
      plainTag('s'),
      plainTag('del'),
      plainTag('strike'),
      {
        style: 'text-decoration',
        consuming: false,
        getAttrs: (style: string) => (style.includes('line-through') ? {} : false),
      },
    ],
    toDOM: () => ['s', {}, 0],
  },
  underline: {
    parseDOM: [
      plainTag('u'),
      {
        style: 'text-decoration',
        consuming: false,
        getAttrs: (style: string) => (style.includes('underline') ? {} : false),
      },
    ],
    toDOM: () => ['u', {}, 0],
  },
} satisfies Record<string, MarkSpec>;
