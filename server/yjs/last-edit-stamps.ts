import * as Y from 'yjs';
import {
  LAST_EDIT_MAP,
  STATUS_MAP,
  type TLastEdit,
  parseLastEdit,
  questionKeyOfFragment,
} from '../../lib/collab/layout';
import type { TSessionIdentity } from './awareness-identity';

// "Last edited by" on a checklist question (the `lastEdit` map, lib/collab/layout.ts) is the
// server's record, not the client's: a client could otherwise credit an edit to anyone, the
// facilitator included. While a connection's update is applied, the server notes which answers
// (top-level `answer:<key>` fragments) and evaluations (`status` keys) it changed, then records the
// connection's session user with the server's time. Whatever a client writes into `lastEdit`
// itself is put back as it was. Other instances' updates come already recorded.

// One record per question and person every few seconds at most: the display says "3 minutes ago",
// and a write per keystroke would only add traffic and history to the document.
const INTERVAL_MS = 5_000;
/** Any shared type, as yjs's own functions take it. */
type TType = Parameters<typeof Y.findRootTypeKey>[0];
/** Origin of the server's own `lastEdit` writes. */
const RECORDED = Symbol('last-edit record');

/** The `lastEdit` records of one checklist document. */
export class LastEditStamps {
  private readonly status: Y.Map<unknown>;
  private readonly lastEdit: Y.Map<unknown>;
  // Set only while a connection's update is applied: what it changed.
  private collecting = false;
  private readonly edited = new Set<string>();
  // lastEdit entries the connection wrote, each with its value before (undefined: there was none).
  private readonly written = new Map<string, unknown>();

  constructor(private readonly doc: Y.Doc) {
    // Getting the maps also fixes their type before any client update names them.
    this.status = doc.getMap(STATUS_MAP);
    this.lastEdit = doc.getMap(LAST_EDIT_MAP);
    doc.on('afterTransaction', this.onTransaction);
    this.lastEdit.observe(this.onLastEdit);
  }

  /** Runs `apply` (a connection's update), then records `who` as the last editor of what it changed. */
  record(who: TSessionIdentity, apply: () => void): void {
    this.collecting = true;
    try {
      apply();
    } finally {
      this.collecting = false;
      if (this.edited.size > 0 || this.written.size > 0) this.write(who);
    }
  }

  private write(who: TSessionIdentity): void {
    const now = Date.now();
    this.doc.transact(() => {
      for (const [key, before] of this.written) {
        if (this.edited.has(key)) continue;
        if (before === undefined) this.lastEdit.delete(key);
        else this.lastEdit.set(key, before);
      }
      for (const key of this.edited) {
        const current = this.written.has(key) ? null : parseLastEdit(this.lastEdit.get(key));
        if (current && current.userId === who.userId && current.name === who.userName && now - current.at < INTERVAL_MS)
          continue;
        const entry: TLastEdit = { userId: who.userId, name: who.userName, at: now };
        this.lastEdit.set(key, entry);
      }
    }, RECORDED);
    this.edited.clear();
    this.written.clear();
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (!this.collecting) return;
    // An edit anywhere inside an answer counts for its top-level fragment. Not changedParentTypes:
    // a top-level type the server has never asked for by kind is a plain AbstractType, which
    // reports no events.
    for (const changed of tr.changed.keys()) {
      let type: TType | null = changed;
      while (type !== null && type._item !== null) type = type._item.parent as TType | null;
      if (type === null || type.doc !== this.doc || type === this.status || type === this.lastEdit) continue;
      const key = questionKeyOfFragment(Y.findRootTypeKey(type));
      if (key !== null) this.edited.add(key);
    }
    // Yjs types its maps by the base class; any type is a key, so widen rather than cast the argument.
    const statusKeys = (tr.changed as ReadonlyMap<unknown, Set<string | null>>).get(this.status);
    for (const key of statusKeys ?? []) if (key !== null) this.edited.add(key);
  };

  private readonly onLastEdit = (event: Y.YMapEvent<unknown>): void => {
    if (!this.collecting) return;
    for (const [key, change] of event.changes.keys) if (!this.written.has(key)) this.written.set(key, change.oldValue);
  };
}
