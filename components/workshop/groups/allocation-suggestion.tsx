'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TGroupSuggestion } from '@/lib/services/group-overview';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';

/** Asks the server for a balanced allocation, shows it with question totals per group, and applies it on request. */
export function AllocationSuggestion({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const [suggestion, setSuggestion] = useState<TGroupSuggestion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const base = `/api/assessments/${assessmentId}/groups`;

  async function suggest() {
    setPending(true);
    try {
      const res = await fetch(`${base}/suggestion`);
      const data = (await res.json()) as TGroupSuggestion & { error?: string };
      if (!res.ok) throw new Error(data.error ?? `The server answered ${res.status}.`);
      setSuggestion(data);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Could not reach the server.');
    } finally {
      setPending(false);
    }
  }

  async function apply(s: TGroupSuggestion) {
    setPending(true);
    const res = await sendJson(`${base}/allocation`, 'PUT', { allocation: s.placements.map((p) => ({ areaId: p.id, groupId: p.groupId })) });
    setPending(false);
    if (!res.ok) return setError(res.error);
    setSuggestion(null);
    setError(null);
    router.refresh();
  }

  return (
    <section aria-labelledby="suggestion-heading" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="suggestion-heading" className="font-semibold">
        Balanced allocation
      </h3>
      <p className="text-sm text-slate-700">
        Shares the areas between the groups by number of questions, preferring a group with a member whose expertise fits the area. Nothing changes until you
        apply it; applying replaces the current allocation.
      </p>
      <div>
        <Button variant="secondary" onClick={() => void suggest()} disabled={pending}>
          Suggest a balanced allocation
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div aria-live="polite">
        {suggestion && suggestion.totals.length === 0 && <p className="text-sm">Create at least one group first.</p>}
        {suggestion && suggestion.totals.length > 0 && (
          <div className="grid gap-3">
            <ul className="grid gap-1 text-sm" aria-label="Questions per group">
              {suggestion.totals.map((t) => (
                <li key={t.groupId}>
                  <strong>{t.groupName}</strong>: {t.areas} {t.areas === 1 ? 'area' : 'areas'}, {t.questions} questions
                </li>
              ))}
            </ul>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Suggested allocation</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">Area</th>
                  <th scope="col" className="p-2">Questions</th>
                  <th scope="col" className="p-2">Group</th>
                </tr>
              </thead>
              <tbody>
                {suggestion.placements.map((p) => (
                  <tr key={p.id} className="border-t border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {p.label}
                    </th>
                    <td className="p-2 tabular-nums">{p.questions}</td>
                    <td className="p-2">
                      {p.groupName}
                      {p.byExpertise && <span className="block text-xs text-slate-600">matches a member’s expertise</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="flex gap-2">
              <Button onClick={() => void apply(suggestion)} disabled={pending}>
                Apply
              </Button>
              <Button variant="secondary" onClick={() => setSuggestion(null)}>
                Dismiss
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
