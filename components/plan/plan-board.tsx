'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { ConnectionStatus } from '@/components/checklist/connection-status';
import { usePresence, useQuestionAnnouncer } from '@/components/checklist/presence';
import { useUnsavedChangesWarning } from '@/components/checklist/use-unsaved-warning';
import { Button } from '@/components/ui/button';
import { lazyComponent } from '@/components/ui/lazy-component';
import { formatDocName } from '@/lib/collab/doc-names';
import { addPlanRow, childRows, movePlanRow, newPlanRowId, planHasExampleRows } from '@/lib/collab/plan-layout';
import { useCollabDoc } from '@/lib/collab/use-collab-doc';
import { useDocSnapshot } from '@/lib/collab/use-doc-snapshot';
import { userColor } from '@/lib/collab/user-color';
import type { TKpiSheet } from '@/lib/contracts/plan';
import { candidatePlacements } from '@/lib/domain/plan/plan-tree';
import type { TAgreedActivity } from '@/lib/contracts/plan';
import { AgreedActivities } from './agreed-activities';
import { CommunicationStrategy } from './communication-strategy';
import { PlanContext, type TPlanContext } from './plan-context';
import { PlanOutcomeRow } from './plan-outcome';
import { PlanTable } from './plan-table';
import { PlanViewToggle } from './plan-view-toggle';
import { ResourcesSummary } from './resources-summary';
import { Traceability } from './traceability';
import { usePlan } from './use-plan';
import { usePlanView } from './use-plan-view';

// Only facilitators start an empty plan from the guide's example, whose text (with the rest of the
// guide's process data) is 8 kB: it loads for them alone.
const StartFromExample = lazyComponent(() => import('./start-from-example').then((m) => m.StartFromExample));

type TPlanBoardProps = {
  assessmentId: string;
  user: { id: string; name: string };
  /** Whether this member writes the draft (the sync server decides again and drops a reader's updates). */
  canEdit: boolean;
  /** Whether this member may start an empty plan from the guide's example (facilitators; the server checks again). */
  canStartFromExample: boolean;
  members: { id: string; name: string }[];
  kpis: Pick<TKpiSheet, 'id' | 'name'>[];
  agreed: TAgreedActivity[];
  /** What the guide says a communication strategy covers, shown above the plan's own. */
  communicationGuide: ReactNode;
};

/** The action plan draft, written together live: outcomes, objectives, activities (Annex 9). */
export function PlanBoard({
  assessmentId,
  user: { id, name },
  canEdit,
  canStartFromExample,
  members,
  kpis,
  agreed,
  communicationGuide,
}: TPlanBoardProps) {
  const t = useTranslations('plan');
  const collabUser = useMemo(() => ({ id, name, color: userColor(id) }), [id, name]);
  const session = useCollabDoc(formatDocName({ kind: 'plan', assessmentId }), collabUser);
  const { doc, provider } = session;
  const awareness = provider?.awareness ?? null;
  const draft = usePlan(doc);
  const fromExample = useDocSnapshot(doc, planHasExampleRows, false);
  const [view, setView] = usePlanView(id);
  // The checklist's presence carries "what I am on" in its `questionKey` field; here it is a row id.
  const presence = usePresence(awareness, id);
  const announce = useQuestionAnnouncer(awareness);
  const editable = canEdit && session.status !== 'closed';
  useUnsavedChangesWarning(session.unsynced > 0);
  const candidates = useMemo(() => new Map(agreed.map((a) => [a.id, a])), [agreed]);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const addRow = useCallback(
    (kind: 'outcome' | 'objective' | 'activity', parentId: string | null) => {
      if (!doc) return;
      const rowId = newPlanRowId();
      addPlanRow(doc, { id: rowId, kind, parentId }, { id, name });
      setJustAdded(rowId);
    },
    [doc, id, name],
  );
  const ctx: TPlanContext | null = doc
    ? {
        assessmentId,
        doc,
        user: { id, name },
        editable,
        presence,
        announce,
        members,
        kpis,
        candidates,
        justAdded,
        addRow,
      }
    : null;
  const outcomes = draft.outcomes.map((o) => ({ id: o.id, label: t('outcomeName', { n: o.number }) }));
  const objectives = draft.outcomes.flatMap((o) =>
    o.objectives.map((j) => ({ id: j.id, label: t('objectiveName', { n: j.number }) })),
  );

  return (
    <div className="grid gap-6">
      <div className="z-10 grid gap-2 border-b border-slate-200 bg-slate-50 sm:sticky sm:top-[var(--live-strip-height,0px)] py-2 print:hidden">
        <ConnectionStatus session={session} readOnly={!canEdit} />
        {!canEdit && <p className="text-sm font-medium text-slate-700">{t('readOnly')}</p>}
      </div>
      {ctx && (
        <PlanContext.Provider value={ctx}>
          <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
            <section aria-labelledby="plan-h" className="grid content-start gap-3">
              <h2 id="plan-h" className="sr-only">
                {t('draft')}
              </h2>
              <PlanViewToggle view={view} onChange={setView} />
              {fromExample && <p className="text-sm text-slate-700">{t('exampleCredit')}</p>}
              {draft.outcomes.length === 0 && <p className="text-sm text-slate-600">{t('noOutcomes')}</p>}
              {draft.outcomes.length > 0 && view === 'table' && <PlanTable draft={draft} />}
              {draft.outcomes.length > 0 && view === 'forms' && (
                <ol className="grid gap-4">
                  {draft.outcomes.map((o, i) => (
                    <PlanOutcomeRow
                      key={o.id}
                      outcome={o}
                      position={i}
                      count={draft.outcomes.length}
                      outcomes={outcomes}
                      objectives={objectives}
                    />
                  ))}
                </ol>
              )}
              {editable && (
                <div>
                  <Button onClick={() => addRow('outcome', null)} disabled={!session.synced}>
                    {t('addOutcome')}
                  </Button>
                </div>
              )}
              {editable && canStartFromExample && <StartFromExample disabled={!session.synced} />}
              {draft.orphans.length > 0 && (
                <section
                  aria-labelledby="orphans-h"
                  className="grid gap-2 rounded-md border border-amber-300 bg-amber-50 p-3"
                >
                  <h3 id="orphans-h" className="font-semibold">
                    {t('orphansHeading')}
                  </h3>
                  <p className="text-sm">{t('orphansIntro')}</p>
                  <ul className="grid gap-1 text-sm">
                    {draft.orphans.map((r) => {
                      const parents = r.kind === 'objective' ? outcomes : objectives;
                      return (
                        <li key={r.id} className="flex flex-wrap items-center gap-2">
                          <span>
                            {t(`kind.${r.kind}`)}: {r.title || t('untitled')}
                          </span>
                          {editable && parents.length > 0 && (
                            <select
                              aria-label={t('placeUnder', { kind: t(`kind.${r.kind}`), title: r.title })}
                              className="rounded border px-1 py-1 text-xs"
                              defaultValue=""
                              onChange={(e) =>
                                e.target.value &&
                                movePlanRow(
                                  doc!,
                                  r.id,
                                  (childRows(doc!, e.target.value, r.kind).at(-1)?.order ?? 0) + 1,
                                  e.target.value,
                                )
                              }
                            >
                              <option value="">{t('placeUnderOption')}</option>
                              {parents.map((p) => (
                                <option key={p.id} value={p.id}>
                                  {p.label}
                                </option>
                              ))}
                            </select>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              )}
              <CommunicationStrategy guide={communicationGuide} />
            </section>
            <aside className="grid content-start gap-4">
              <AgreedActivities agreed={agreed} placed={candidatePlacements(draft)} objectives={objectives} />
              <ResourcesSummary draft={draft} />
              <Traceability assessmentId={assessmentId} draft={draft} agreed={agreed} />
            </aside>
          </div>
        </PlanContext.Provider>
      )}
    </div>
  );
}
