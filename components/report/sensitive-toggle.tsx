'use client';

import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { SENSITIVE_MAP, parseSensitive } from '@/lib/collab/layout';

type TAccess = { seesSensitive: boolean; flagsSensitive: boolean };

// One question per page, not per card: every card of an assessment shares the answer.
const accessByAssessment = new Map<string, Promise<TAccess>>();
function sensitiveAccess(assessmentId: string): Promise<TAccess> {
  let p = accessByAssessment.get(assessmentId);
  if (!p) {
    p = fetch(`/api/assessments/${assessmentId}/report/access`)
      .then((r) => (r.ok ? (r.json() as Promise<TAccess>) : { seesSensitive: false, flagsSensitive: false }))
      .catch(() => ({ seesSensitive: false, flagsSensitive: false }));
    accessByAssessment.set(assessmentId, p);
  }
  return p;
}

/**
 * The "sensitive" flag of one answer: facilitators toggle it, senior management see it, nobody
 * else is shown it. The flag lives in the area's shared document, so this decides what the page
 * shows, not what a member's browser could read; redacted exports are what keeps it private.
 */
export function SensitiveToggle({ assessmentId, doc, questionKey, questionNumber }: { assessmentId: string; doc: Y.Doc | null; questionKey: string; questionNumber: number }) {
  const [access, setAccess] = useState<TAccess | null>(null);
  const [sensitive, setSensitive] = useState(false);

  useEffect(() => {
    let live = true;
    void sensitiveAccess(assessmentId).then((a) => live && setAccess(a));
    return () => {
      live = false;
    };
  }, [assessmentId]);

  useEffect(() => {
    if (!doc) return;
    const map = doc.getMap<unknown>(SENSITIVE_MAP);
    const read = () => setSensitive(parseSensitive(map.get(questionKey)));
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc, questionKey]);

  if (!access?.seesSensitive || !doc) return null;
  if (!access.flagsSensitive) return sensitive ? <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">Sensitive</span> : null;
  const toggle = (on: boolean) => {
    const map = doc.getMap<unknown>(SENSITIVE_MAP);
    if (on) map.set(questionKey, true);
    else map.delete(questionKey);
  };
  return (
    <label className="flex items-center gap-1 text-xs text-slate-700">
      <input type="checkbox" checked={sensitive} onChange={(e) => toggle(e.target.checked)} aria-label={`Sensitive: leave the answer to question ${questionNumber} out of redacted exports`} />
      Sensitive
    </label>
  );
}
