import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentHtml } from './html';
import { blocksText, fragmentBlocks } from './rich-text';

function fragmentOf(build: (f: Y.XmlFragment) => void): Y.XmlFragment {
  const doc = new Y.Doc();
  const f = doc.getXmlFragment('answer:test.1');
  build(f);
  return f;
}

describe('ProseMirror XML to export blocks', () => {
  it('keeps headings, nested lists, marks and safe links, and drops unsafe link targets', () => {
    const f = fragmentOf((f) => {
      const h = new Y.XmlElement('heading');
      h.setAttribute('level', '2');
      h.insert(0, [new Y.XmlText('Title')]);
      const p = new Y.XmlElement('paragraph');
      const t = new Y.XmlText();
      p.insert(0, [t]);
      const list = new Y.XmlElement('orderedList');
      const item = new Y.XmlElement('listItem');
      const ip = new Y.XmlElement('paragraph');
      ip.insert(0, [new Y.XmlText('one')]);
      const inner = new Y.XmlElement('bulletList');
      const innerItem = new Y.XmlElement('listItem');
      const innerP = new Y.XmlElement('paragraph');
      innerP.insert(0, [new Y.XmlText('nested')]);
      innerItem.insert(0, [innerP]);
      inner.insert(0, [innerItem]);
      item.insert(0, [ip, inner]);
      list.insert(0, [item]);
      f.insert(0, [h, p, list]);
      t.insert(0, 'b', { bold: {} });
      t.insert(1, 'i', { italic: {} });
      t.insert(2, 'ok', { link: { href: 'https://example.org' } });
      t.insert(4, 'bad', { link: { href: 'javascript:alert(1)' } });
    });
    const blocks = fragmentBlocks(f);
    expect(blocks[0]).toEqual({
      kind: 'heading',
      level: 2,
      runs: [{ text: 'Title', bold: false, italic: false, href: null }],
    });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      runs: [
        { text: 'b', bold: true, italic: false, href: null },
        { text: 'i', bold: false, italic: true, href: null },
        { text: 'ok', bold: false, italic: false, href: 'https://example.org' },
        { text: 'bad', bold: false, italic: false, href: null },
      ],
    });
    expect(blocksText(blocks)).toBe('Title\nbiokbad\n1. one\n  - nested');
  });

  it('escapes every piece of user text in the HTML preview', () => {
    const f = fragmentOf((f) => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('<script>alert(1)</script> "><img src=x onerror=alert(1)> {{7*7}}')]);
      f.insert(0, [p]);
    });
    const html = documentHtml({ title: '<b>t</b>', subtitle: '', blocks: fragmentBlocks(f) });
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; {{7*7}}',
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
  });
});
