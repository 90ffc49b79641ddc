import type { DOMOutputSpec, Mark, MarkSpec, Node, NodeSpec } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { isSafeLinkUrl } from './editor/link-url';
import { answerMarks } from './editor/schema-marks';
import { answerNodes } from './editor/schema-nodes';

// The DOM a read-only ProseMirror shows for a rich-text fragment, built without ProseMirror so
// that a page which only displays text does not load the editor. The fragment is read as
// y-prosemirror reads it (an element per node, a text's delta attributes as its marks); each node
// and mark is drawn by the answer schema's own `toDOM`, and marks nest as ProseMirror's
// DOMSerializer nests them. Only the schema's types are imported from ProseMirror, so nothing of
// it is loaded. Everything stays data: the view turns it into React elements, so text stays text.

/** An element of the rendered fragment: its tag and attributes come from the schema, never from the text. */
export type TDomElement = { tag: string; attrs: Readonly<Record<string, string>>; children: TDomNode[] };

/** A node of the rendered fragment: an element or a text. */
export type TDomNode = string | TDomElement;

type TAttrSpecs = Readonly<Record<string, { default?: unknown }>>;
type TMarkUse = { name: string; rank: number; attrs: Record<string, unknown>; signature: string };
type TItem = { marks: readonly TMarkUse[]; node: TDomNode };

// Maps, not the spec objects, so that a node or mark name such as `constructor` finds nothing.
const NODE_SPECS: ReadonlyMap<string, NodeSpec> = new Map(Object.entries(answerNodes));
const MARK_SPECS: ReadonlyMap<string, MarkSpec> = new Map(Object.entries(answerMarks));
// A mark's rank is its place in the schema: it decides which mark wraps which.
const MARK_RANKS: ReadonlyMap<string, number> = new Map(Object.keys(answerMarks).map((name, rank) => [name, rank]));

// y-prosemirror names an overlapping mark `<name>--<hash of its JSON>`.
const HASHED_MARK_NAME = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** The attributes as ProseMirror computes them: each one the schema knows, as stored or its default. */
function withDefaults(specs: TAttrSpecs | undefined, stored: unknown): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs ?? {})) {
    const value = stored && typeof stored === 'object' ? (stored as Record<string, unknown>)[name] : undefined;
    attrs[name] = value === undefined ? spec.default : value;
  }
  return attrs;
}

/** A `toDOM` output as data, with the element its content goes in (the `0` hole), as ProseMirror's renderSpec. */
function fromSpec(spec: DOMOutputSpec): { node: TDomNode; hole: TDomElement | null } | null {
  if (typeof spec === 'string') return { node: spec, hole: null };
  // The answer schema only returns arrays; a DOM node given by a spec has no place in data.
  if (!Array.isArray(spec)) return null;
  const [tag, maybeAttrs, ...rest] = spec as readonly [string, ...unknown[]];
  const hasAttrs = !!maybeAttrs && typeof maybeAttrs === 'object' && !Array.isArray(maybeAttrs);
  const attrs: Record<string, string> = {};
  if (hasAttrs) {
    for (const [name, value] of Object.entries(maybeAttrs)) {
      if (value !== null && value !== undefined) attrs[name] = String(value);
    }
  }
  const element: TDomElement = { tag, attrs, children: [] };
  let hole: TDomElement | null = null;
  for (const child of hasAttrs ? rest : [maybeAttrs, ...rest]) {
    if (child === undefined) continue;
    if (child === 0) {
      hole = element;
      continue;
    }
    const inner = fromSpec(child as DOMOutputSpec);
    if (!inner) continue;
    element.children.push(inner.node);
    hole ??= inner.hole;
  }
  return { node: element, hole };
}

function append(children: TDomNode[], node: TDomNode): void {
  const last = children.length - 1;
  // Two texts side by side are one DOM text, as ProseMirror joins text nodes of equal marks.
  if (typeof node === 'string' && typeof children[last] === 'string') children[last] += node;
  else children.push(node);
}

/**
 * Puts items in `target`, each inside its marks, a mark shared with the previous item kept open:
 * DOMSerializer.serializeFragment's walk, so `<strong>a<em>b</em></strong>` comes out the same.
 */
function appendItems(target: TDomNode[], items: readonly TItem[]): void {
  let top = target;
  const active: { mark: TMarkUse; parent: TDomNode[] }[] = [];
  for (const { marks, node } of items) {
    let keep = 0;
    while (keep < active.length && keep < marks.length && active[keep]!.mark.signature === marks[keep]!.signature) {
      keep++;
    }
    while (keep < active.length) top = active.pop()!.parent;
    for (const mark of marks.slice(keep)) {
      const spec = MARK_SPECS.get(mark.name)!;
      // A mark's toDOM reads only its attributes.
      const rendered = spec.toDOM && fromSpec(spec.toDOM({ attrs: mark.attrs } as unknown as Mark, true));
      if (!rendered || typeof rendered.node === 'string') continue;
      active.push({ mark, parent: top });
      append(top, rendered.node);
      top = (rendered.hole ?? rendered.node).children;
    }
    append(top, node);
  }
}

/** The marks of a text's delta attributes, by rank; unknown marks and links to unsafe URLs are left out. */
function marksOf(attributes: Record<string, unknown> | undefined): TMarkUse[] {
  const marks: TMarkUse[] = [];
  for (const [key, stored] of Object.entries(attributes ?? {})) {
    const name = HASHED_MARK_NAME.exec(key)?.[1] ?? key;
    const spec = MARK_SPECS.get(name);
    if (!spec) continue;
    const attrs = withDefaults(spec.attrs, stored);
    // The schema draws such a link as `<a href="">`; here its text is not a link at all.
    if (name === 'link' && !(typeof attrs.href === 'string' && isSafeLinkUrl(attrs.href))) continue;
    marks.push({ name, rank: MARK_RANKS.get(name)!, attrs, signature: JSON.stringify([name, attrs]) });
  }
  return marks.sort((a, b) => a.rank - b.rank);
}

function itemsOf(parent: Y.XmlFragment): TItem[] {
  const items: TItem[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]) {
        if (typeof op.insert === 'string' && op.insert.length > 0)
          items.push({ marks: marksOf(op.attributes), node: op.insert });
      }
    } else if (child instanceof Y.XmlElement) {
      const node = elementDom(child);
      if (node !== null) items.push({ marks: [], node });
    }
  }
  return items;
}

/** One node by its schema's toDOM, with its children in its hole; null for a name the schema cannot draw. */
function elementDom(element: Y.XmlElement): TDomNode | null {
  const spec = NODE_SPECS.get(element.nodeName);
  if (!spec?.toDOM) return null;
  // A node's toDOM reads only its attributes.
  const attrs = withDefaults(spec.attrs, element.getAttributes());
  const rendered = fromSpec(spec.toDOM({ attrs } as unknown as Node));
  if (!rendered) return null;
  if (rendered.hole) appendItems(rendered.hole.children, itemsOf(element));
  return rendered.node;
}

/** The DOM ProseMirror's serializer gives a rich-text fragment (answer schema), as data; links only to safe URLs. */
export function fragmentDom(fragment: Y.XmlFragment): TDomNode[] {
  const out: TDomNode[] = [];
  appendItems(out, itemsOf(fragment));
  return out;
}
