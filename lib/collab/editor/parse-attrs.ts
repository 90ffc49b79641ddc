import type { Attrs } from '@tiptap/pm/model';

// Tiptap reads every attribute of a pasted element from the DOM attribute of the same name,
// unless the attribute has a parser of its own, and turns "12", "true" and "false" into a
// number or a boolean. The answer schema keeps that reading so that pasting gives the same nodes.

type TAttrParsers = Record<string, ((element: HTMLElement) => unknown) | undefined>;

function fromString(value: string | null): unknown {
  if (value === null) return null;
  if (/^[+-]?(?:\d*\.)?\d+$/.test(value)) return Number(value);
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

/** The attributes of `names` read from a pasted element as Tiptap reads them, over `base`. */
export function readAttrs(element: HTMLElement, names: TAttrParsers, base: Attrs | null = null): Attrs {
  const attrs: Record<string, unknown> = { ...base };
  for (const [name, parse] of Object.entries(names)) {
    const value = parse ? parse(element) : fromString(element.getAttribute(name));
    if (value !== null && value !== undefined) attrs[name] = value;
  }
  return attrs;
}
