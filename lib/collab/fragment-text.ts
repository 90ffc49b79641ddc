import * as Y from 'yjs';

/** The plain text of a rich-text fragment, blocks separated by newlines (previews, dashboards, the checklist API). */
export function fragmentText(node: Y.XmlFragment | Y.XmlElement): string {
  const parts: string[] = [];
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) {
      parts.push(
        (child.toDelta() as { insert?: unknown }[])
          .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
          .join(''),
      );
    } else if (child instanceof Y.XmlElement) {
      parts.push(fragmentText(child));
    }
  }
  // Block elements (paragraphs, list items) hold the text; join them as lines.
  return parts
    .filter((p) => p.length > 0)
    .join(node instanceof Y.XmlElement && node.nodeName === 'paragraph' ? '' : '\n');
}
