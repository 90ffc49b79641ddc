import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCitation,
  addFinding,
  deleteFinding,
  findFinding,
  findingFragmentName,
  readFindings,
  removeCitation,
  setFindingOrder,
} from './findings-layout';
import { fragmentText } from './fragment-text';

const ana = { id: 'u-ana', name: 'Ana' };
const ben = { id: 'u-ben', name: 'Ben' };

/** Two replicas that exchange their updates only when told, as two offline clients would. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

function type(doc: Y.Doc, findingId: string, text: string) {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(findingFragmentName(findingId));
  fragment.insert(fragment.length, [p]);
}

describe('findings document layout', () => {
  it('keeps both findings and both texts when two people add at once', () => {
    const { a, b, sync } = pair();
    addFinding(a, 'weaknesses', 'f-a', ana);
    addFinding(b, 'weaknesses', 'f-b', ben);
    type(a, 'f-a', 'No rotation policy');
    type(b, 'f-b', 'Gifts unregistered');
    sync();
    for (const doc of [a, b]) {
      const ids = readFindings(doc).weaknesses.map((f) => f.id);
      expect(ids).toEqual(['f-a', 'f-b']);
      expect(fragmentText(doc.getXmlFragment(findingFragmentName('f-a')))).toBe('No rotation policy');
      expect(fragmentText(doc.getXmlFragment(findingFragmentName('f-b')))).toBe('Gifts unregistered');
    }
  });

  it('keeps both citations added at once, and removes one', () => {
    const { a, b, sync } = pair();
    addFinding(a, 'activities', 'f1', ana);
    sync();
    addCitation(a, 'f1', 'transparency.20');
    addCitation(b, 'f1', 'transparency.3');
    sync();
    expect(findFinding(b, 'f1')?.citations).toEqual(['transparency.3', 'transparency.20']);
    removeCitation(b, 'f1', 'transparency.3');
    sync();
    expect(findFinding(a, 'f1')?.citations).toEqual(['transparency.20']);
  });

  it("reads citations of added questions (`<area>.a<n>`) after the guide's, each in number order", () => {
    const { a } = pair();
    addFinding(a, 'activities', 'f1', ana);
    for (const k of ['transparency.a10', 'transparency.20', 'transparency.a2', 'transparency.3', 'transparency.b1'])
      addCitation(a, 'f1', k);
    expect(findFinding(a, 'f1')?.citations).toEqual([
      'transparency.3',
      'transparency.20',
      'transparency.a2',
      'transparency.a10',
    ]);
  });

  it('keeps concurrent typing in one finding from both people', () => {
    const { a, b, sync } = pair();
    addFinding(a, 'risks', 'f1', ana);
    sync();
    type(a, 'f1', 'from Ana');
    type(b, 'f1', 'from Ben');
    sync();
    const text = fragmentText(a.getXmlFragment(findingFragmentName('f1')));
    expect(text).toContain('from Ana');
    expect(text).toContain('from Ben');
  });

  it('does not resurrect a finding deleted while someone else moved it', () => {
    const { a, b, sync } = pair();
    addFinding(a, 'strengths', 'f1', ana);
    addFinding(a, 'strengths', 'f2', ana);
    sync();
    deleteFinding(a, findFinding(a, 'f1')!, ana.id);
    setFindingOrder(b, findFinding(b, 'f1')!, 5);
    sync();
    expect(readFindings(a).strengths.map((f) => f.id)).toEqual(['f2']);
    expect(readFindings(b).strengths.map((f) => f.id)).toEqual(['f2']);
  });

  it('ignores malformed metadata a client wrote', () => {
    const doc = new Y.Doc();
    doc.getMap('strengths').set('bad', { order: 'x' });
    doc.getMap('strengths').set('has.dot', { order: 1, createdBy: ana, createdAt: 1 });
    expect(readFindings(doc).strengths).toEqual([]);
  });
});
