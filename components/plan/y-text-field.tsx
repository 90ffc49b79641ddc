'use client';

import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { inputClass } from '@/components/ui/field';

type TYTextFieldProps = {
  text: Y.Text;
  label: string;
  editable: boolean;
  multiline?: boolean;
  /** Visible lines of a multiline field. */
  rows?: number;
  placeholder?: string;
  /** For tests and anchors. */
  name?: string;
  autoFocus?: boolean;
};

/** Where an index lands after a change described by a Y.Text delta (in the text before it). */
function shiftIndex(index: number, delta: readonly { retain?: number; insert?: unknown; delete?: number }[]): number {
  let pos = 0;
  let out = index;
  for (const op of delta) {
    if (op.retain) pos += op.retain;
    else if (op.insert !== undefined) {
      const len = typeof op.insert === 'string' ? op.insert.length : 1;
      if (pos < index) out += len;
    } else if (op.delete) {
      if (pos < index) out -= Math.min(op.delete, index - pos);
      pos += op.delete;
    }
  }
  return out;
}

/**
 * A plain input bound to a shared Y.Text: local typing becomes the smallest insert and delete,
 * so two people typing in one field both keep their text; remote changes keep the caret in place.
 * Uncontrolled on purpose: React re-setting the value would move the caret under the typist.
 */
export function YTextField({
  text,
  label,
  editable,
  multiline = false,
  rows = 2,
  placeholder,
  name,
  autoFocus = false,
}: TYTextFieldProps) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.value = text.toJSON();
    const onRemote = (event: Y.YTextEvent) => {
      if (event.transaction.local) return;
      const focused = document.activeElement === el;
      const [start, end] = [el.selectionStart ?? 0, el.selectionEnd ?? 0];
      el.value = text.toJSON();
      if (focused) el.setSelectionRange(shiftIndex(start, event.delta), shiftIndex(end, event.delta));
    };
    text.observe(onRemote);
    return () => text.unobserve(onRemote);
  }, [text]);

  const onInput = () => {
    const el = ref.current;
    const doc = text.doc;
    if (!el || !doc) return;
    const before = text.toJSON();
    const after = el.value;
    if (before === after) return;
    let prefix = 0;
    while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < before.length - prefix &&
      suffix < after.length - prefix &&
      before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
    )
      suffix++;
    doc.transact(() => {
      const removed = before.length - prefix - suffix;
      if (removed > 0) text.delete(prefix, removed);
      const inserted = after.slice(prefix, after.length - suffix);
      if (inserted) text.insert(prefix, inserted);
    });
  };

  const common = {
    ref,
    'aria-label': label,
    name,
    placeholder,
    readOnly: !editable,
    autoFocus: autoFocus && editable,
    onInput,
    className: `${inputClass} w-full read-only:bg-slate-50`,
  };
  return multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />;
}
