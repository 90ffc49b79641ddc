'use client';

import { AGREED_LABELS } from '@/lib/domain/priority-levels';
import type { TPriorities, TPrioritisedActivity } from '@/lib/services/priorities.schema';
import { AgreedPriorityForm } from './agreed-priority-form';
import { HeatMap } from './heat-map';
import { ImpactEaseMatrix } from './impact-ease-matrix';

type TResultsViewProps = { assessmentId: string; data: TPriorities; criteria: { id: string; title: string }[]; canAgree: boolean; reload: () => void };

function RankedItem({ a, assessmentId, canAgree, reload }: { a: TPrioritisedActivity; assessmentId: string; canAgree: boolean; reload: () => void }) {
  return (
    <li className="grid gap-1 rounded border border-slate-300 p-3" data-testid="ranked-activity">
      <p>
        <span className="font-semibold">{a.rank === null ? 'Not rated' : `${a.rank}${a.tied ? ' (tie)' : ''}.`}</span> <span className="font-medium">{a.title}</span>
        {a.score !== null && <span className="text-sm text-slate-700"> · score {a.score.toFixed(2)} of 3</span>}
        {a.disagreement && <span className="text-sm font-semibold text-red-800"> · ⚠ disagreement</span>}
      </p>
      {a.sources.length > 0 && (
        <p className="text-xs text-slate-600">
          Sources:{' '}
          {a.sources.map((s, i) => (
            <span key={s.questionKey}>
              {i > 0 && ', '}
              <a className="underline" href={`/assessments/${assessmentId}/checklist/${s.areaId}#q-${s.questionKey}`}>
                {s.questionKey}
              </a>
            </span>
          ))}
        </p>
      )}
      {a.agreed && (
        <p className="text-sm" data-testid="agreed-priority">
          Agreed: <strong>{AGREED_LABELS[a.agreed.priority]}</strong> — {a.agreed.reason} <span className="text-xs text-slate-600">({a.agreed.by.name})</span>
        </p>
      )}
      {canAgree && <AgreedPriorityForm key={`${a.id}:${a.agreed?.at ?? ''}`} assessmentId={assessmentId} activity={a} onSaved={reload} />}
    </li>
  );
}

/** The results of the latest visible rating round: disagreements to discuss first, the ranking, the heat map and the impact-ease matrix. */
export function ResultsView({ assessmentId, data, criteria, canAgree, reload }: TResultsViewProps) {
  if (!data.round) return <p className="text-sm text-slate-700">No results to show yet: results appear once a round’s results are live or revealed.</p>;
  const shown = criteria.filter((c) => data.round!.criteria.includes(c.id));
  const rated = data.activities.filter((a) => data.round!.criteria.length > 0 && Object.keys(a.ratings).length > 0);
  const disputed = rated.filter((a) => a.disagreement);
  return (
    <div className="grid gap-6">
      <p className="text-sm text-slate-700">
        From the {data.round.status === 'open' ? 'open' : 'closed'} round opened {new Date(data.round.openedAt).toLocaleString()}, {data.round.voters} people rated.
      </p>
      <section aria-labelledby="disagreements-h" className="grid gap-2">
        <h3 id="disagreements-h" className="font-semibold">
          Discuss first: disagreements
        </h3>
        {disputed.length === 0 ? (
          <p className="text-sm text-slate-700">No criterion was rated both low and high.</p>
        ) : (
          <ul className="list-inside list-disc text-sm">
            {disputed.map((a) => (
              <li key={a.id}>
                {a.title}: {shown.filter((c) => a.ratings[c.id]?.disagreement).map((c) => c.title).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ranking-h" className="grid gap-2">
        <h3 id="ranking-h" className="font-semibold">
          Ranking
        </h3>
        <ol className="grid gap-2" aria-label="Ranked activities">
          {data.activities.map((a) => (
            <RankedItem key={a.id} a={a} assessmentId={assessmentId} canAgree={canAgree} reload={reload} />
          ))}
        </ol>
      </section>
      <HeatMap activities={rated} criteria={shown} />
      <ImpactEaseMatrix activities={rated} />
    </div>
  );
}
