import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LAST_EDIT_MAP, answerFragmentName, parseLastEdit } from '../../lib/collab/layout';
import { LastEditStamps } from './last-edit-stamps';

/** The update of one change made on a client's copy of `server`. */
function clientUpdate(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

const ana = { userId: 'ana', userName: 'Ana' };

describe('LastEditStamps', () => {
  it('records a question once per interval for the same person, and at once for someone else', () => {
    const server = new Y.Doc();
    const stamps = new LastEditStamps(server);
    const type = (text: string) =>
      clientUpdate(server, (d) => d.getXmlFragment(answerFragmentName('t.1')).insert(0, [new Y.XmlText(text)]));
    const records: unknown[] = [];
    server.getMap(LAST_EDIT_MAP).observe(() => records.push(server.getMap(LAST_EDIT_MAP).get('t.1')));

    stamps.record(ana, () => Y.applyUpdate(server, type('a')));
    stamps.record(ana, () => Y.applyUpdate(server, type('b')));
    expect(records).toHaveLength(1);
    stamps.record({ userId: 'ben', userName: 'Ben' }, () => Y.applyUpdate(server, type('c')));
    expect(records).toHaveLength(2);
    expect(parseLastEdit(server.getMap(LAST_EDIT_MAP).get('t.1'))).toMatchObject({ userId: 'ben', name: 'Ben' });
  });

  it('leaves alone what is applied outside a connection (another instance has recorded it)', () => {
    const server = new Y.Doc();
    new LastEditStamps(server);
    Y.applyUpdate(
      server,
      clientUpdate(server, (d) => d.getXmlFragment(answerFragmentName('t.1')).insert(0, [new Y.XmlText('x')])),
    );
    expect(server.getMap(LAST_EDIT_MAP).size).toBe(0);
  });
});
