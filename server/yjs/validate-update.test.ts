import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MalformedMessageError } from './bounded-decoder';
import { validateStateVector, validateUpdate } from './validate-update';

/** A document touching every kind of content an update can carry. */
function richDoc(): Y.Doc {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, 'hello world', { bold: true });
  text.insertEmbed(5, { image: 'x.png' });
  text.delete(1, 2);
  const frag = doc.getXmlFragment('answer:transparency.1');
  const p = new Y.XmlElement('paragraph');
  p.setAttribute('align', 'left');
  p.insert(0, [new Y.XmlText('para')]);
  frag.insert(0, [p, new Y.XmlHook('hook') as unknown as Y.XmlElement]);
  const map = doc.getMap('status');
  map.set('a', 'in-place');
  map.set('n', { deep: [1, 2.5, null, true, 'x', { z: new Uint8Array([1, 2]) }], big: 2n ** 40n });
  map.set('bin', new Uint8Array([9, 9, 9]));
  map.set('sub', new Y.Doc());
  map.delete('a');
  doc.getArray('arr').insert(0, [1, 'two', [3]]);
  return doc;
}

describe('validateUpdate', () => {
  it('accepts every update yjs writes, whole and merged', () => {
    const doc = richDoc();
    const updates: Uint8Array[] = [];
    const other = new Y.Doc();
    other.on('update', (u: Uint8Array) => updates.push(u));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('t').insert(0, 'more');
    expect(() => validateUpdate(Y.encodeStateAsUpdate(doc))).not.toThrow();
    for (const u of updates) expect(() => validateUpdate(u)).not.toThrow();
    expect(() => validateUpdate(Y.mergeUpdates(updates))).not.toThrow();
    expect(() => validateStateVector(Y.encodeStateVector(doc))).not.toThrow();
  });

  it('refuses every truncation of a valid update', () => {
    const full = Y.encodeStateAsUpdate(richDoc());
    for (let i = 0; i < full.length; i++)
      expect(() => validateUpdate(full.slice(0, i)), `cut at ${i}`).toThrow(MalformedMessageError);
  });

  it('refuses counts that cannot fit in the message', () => {
    expect(() => validateUpdate(new Uint8Array([1, 0xff, 0xff, 0xff, 0x7f, 1, 0]))).toThrow(MalformedMessageError);
    expect(() => validateStateVector(new Uint8Array([0xff, 0xff, 0x7f, 1, 1]))).toThrow(MalformedMessageError);
  });
});
