'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { TGlossaryEntry } from '@/lib/contracts/guide';
import { highlightRuns, searchGlossary } from '@/lib/idg/glossary-search';
import { inputClass } from '@/components/ui/field';

/** Marks every match of the query in a text; the mark is also bold, so colour is not the only signal. */
function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightRuns(text, query).map((r, i) =>
        r.match ? (
          <mark key={i} className="bg-yellow-200 font-semibold text-slate-900">
            {r.text}
          </mark>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </>
  );
}

/**
 * Annex 1 searchable in the browser: terms and definitions filtered as one types, matches
 * highlighted, the count announced.
 */
export function GlossarySearch({ entries }: { entries: readonly TGlossaryEntry[] }) {
  const t = useTranslations('guide');
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useMemo(() => searchGlossary(deferred, entries), [deferred, entries]);
  return (
    <div className="grid gap-2">
      <label htmlFor={`${id}-q`} className="text-sm font-medium">
        {t('searchLabel')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className={inputClass}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={`${id}-count`}
      />
      <p id={`${id}-count`} role="status" aria-live="polite" className="text-sm text-slate-700">
        {t('results', { n: found.length })}
      </p>
      <dl className="grid gap-3">
        {found.map((e) => (
          <div key={e.term}>
            <dt className="font-semibold">
              <Highlighted text={e.term} query={deferred} />
            </dt>
            <dd className="text-sm">
              <Highlighted text={e.definition} query={deferred} />
              {e.source && (
                <span className="mt-0.5 block text-xs text-slate-600">{t('source', { source: e.source })}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
