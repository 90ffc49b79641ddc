'use client';

import { useEffect, useState } from 'react';
import type { TDocumentLinks, TDocumentLinksResponse } from '@/lib/contracts/library';
import { useT } from '@/lib/i18n/client';
import { libraryMessages } from '@/lib/i18n/messages/library';

// Every question card of an area asks at once: one request per area serves them all, and is
// forgotten after a short while so that a new review shows on the next visit.
const cache = new Map<string, { at: number; promise: Promise<TDocumentLinks> }>();
const FRESH_MS = 15_000;

function linkedDocuments(assessmentId: string, areaId: string): Promise<TDocumentLinks> {
  const key = `${assessmentId}/${areaId}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.promise;
  const promise = fetch(`/api/assessments/${assessmentId}/documents/links?area=${encodeURIComponent(areaId)}`)
    .then(async (res) => (res.ok ? ((await res.json()) as TDocumentLinksResponse).byTarget : {}))
    .catch(() => ({}));
  cache.set(key, { at: Date.now(), promise });
  return promise;
}

/**
 * The background documents informing a question (or its whole area), linked to the library; nothing
 * when there are none.
 */
export function QuestionDocuments({ assessmentId, questionKey }: { assessmentId: string; questionKey: string }) {
  const t = useT(libraryMessages);
  const areaId = questionKey.split('.')[0] ?? '';
  const [docs, setDocs] = useState<{ id: string; title: string; summary: string }[]>([]);
  useEffect(() => {
    let live = true;
    void linkedDocuments(assessmentId, areaId).then((byTarget) => {
      if (!live) return;
      const seen = new Set<string>();
      setDocs(
        [...(byTarget[questionKey] ?? []), ...(byTarget[areaId] ?? [])].filter(
          (d) => !seen.has(d.id) && seen.add(d.id),
        ),
      );
    });
    return () => {
      live = false;
    };
  }, [assessmentId, areaId, questionKey]);
  if (docs.length === 0) return null;
  return (
    <div className="mt-2 text-xs text-slate-700">
      <span className="font-medium">{t('informingQuestion')}</span>{' '}
      <ul className="inline">
        {docs.map((d, i) => (
          <li key={d.id} className="inline">
            {i > 0 && ', '}
            <a
              href={`/assessments/${assessmentId}/library#doc-${d.id}`}
              className="text-brand-700 underline"
              title={d.summary || undefined}
            >
              {d.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
