import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { EvaluationForm } from '@/components/monitoring/evaluation-form';
import { criterionHelp, criterionLabel, judgementLabel } from '@/components/monitoring/labels';
import { MonitoringNav } from '@/components/monitoring/monitoring-nav';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { EVALUATION_CRITERIA } from '@/lib/domain/monitoring/monitoring-types';
import { can } from '@/lib/domain/access/permissions';
import { getFormat } from '@/lib/i18n/server';
import { listEvaluations } from '@/lib/services/monitoring/evaluation';
import { monitoredKpis, monitoredPlan } from '@/lib/services/monitoring/monitoring-plan';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('monitoring'))('evaluationTitle') };
}

export default withClientMessages(
  ['common', 'monitoring'],
  async function EvaluationPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'monitoring.view', `/assessments/${id}/monitoring/evaluation`);
    const db = getDb();
    const [plan, evaluations] = await Promise.all([monitoredPlan(db, id), listEvaluations(db, id)]);
    const t = await getTranslations('monitoring');
    const f = await getFormat();
    const mayEdit = can(membership.role, 'evaluation.edit');
    const subjects = plan
      ? [
          ...plan.draft.outcomes.flatMap((o) =>
            o.objectives.map((j) => ({
              kind: 'objective' as const,
              id: j.id,
              label: t('objectiveLabel', { number: j.number, title: j.title }),
            })),
          ),
          ...monitoredKpis(plan).map((k) => ({
            kind: 'kpi' as const,
            id: k.id,
            label: t('kpiLabel', { name: k.name }),
          })),
        ]
      : [];
    return (
      <>
        <h2 className="mb-1 text-xl font-semibold">{t('evaluationTitle')}</h2>
        <MonitoringNav assessmentId={id} current="/evaluation" />
        {!plan ? (
          <p className="text-sm text-slate-700">{t('noPlan')}</p>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">{t('evaluationIntro')}</p>
            {subjects.map((s) => (
              <section
                key={`${s.kind}-${s.id}`}
                aria-labelledby={`ev-${s.id}`}
                className="mb-4 rounded-md border border-slate-300 p-3"
              >
                <h3 id={`ev-${s.id}`} className="font-semibold">
                  {s.label}
                </h3>
                <div className="mt-2 grid gap-4 md:grid-cols-3">
                  {EVALUATION_CRITERIA.map((c) => {
                    const e = evaluations.find(
                      (x) => x.subjectKind === s.kind && x.subjectId === s.id && x.criterion === c,
                    );
                    return (
                      <div key={c}>
                        <h4 className="text-sm font-semibold">{criterionLabel(t, c)}</h4>
                        <p className="mb-1 text-xs text-slate-600">{criterionHelp(t, c)}</p>
                        {mayEdit ? (
                          <EvaluationForm
                            assessmentId={id}
                            subjectKind={s.kind}
                            subjectId={s.id}
                            criterion={c}
                            judgement={e?.judgement ?? null}
                            evidence={e?.evidence ?? ''}
                            label={`${s.label} – ${criterionLabel(t, c)}`}
                          />
                        ) : e ? (
                          <p className="text-sm">
                            <span className="font-semibold">{judgementLabel(t, e.judgement)}</span>: {e.evidence}
                          </p>
                        ) : (
                          <p className="text-sm text-slate-600">{t('notEvaluated')}</p>
                        )}
                        {e && (
                          <p className="text-xs text-slate-600">
                            {t('evaluatedBy', { name: e.updatedBy.name, date: f.date(e.updatedAt) })}
                          </p>
                        )}
                      </div>
                    );
                  })}
                </div>
              </section>
            ))}
          </>
        )}
      </>
    );
  },
);
