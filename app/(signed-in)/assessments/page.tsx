import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { canCreateAssessment } from '@/lib/domain/access/permissions';
import { findMode } from '@/lib/idg/process';
import { modeLabel, roleLabel, stageLabel } from '@/lib/i18n/domain-labels';
import { getFormat } from '@/lib/i18n/server';
import { SessionTime } from '@/components/assessments/session-time';
import { listMyAssessments, rolesHeld } from '@/lib/services/assessments/assessments';
import { nextSessions, workshopStages } from '@/lib/services/assessments/workshop-status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assessments'))('listTitle') };
}

export default async function AssessmentsPage() {
  const user = await requirePageUser('/assessments');
  const db = getDb();
  const [assessments, roles] = await Promise.all([listMyAssessments(db, user.id), rolesHeld(db, user.id)]);
  const mayCreate = canCreateAssessment(user.isAdmin, roles);
  const ids = assessments.map((a) => a.id);
  const [t, td, f, stages, sessions] = await Promise.all([
    getTranslations('assessments'),
    getTranslations('domain'),
    getFormat(),
    workshopStages(db, ids),
    nextSessions(db, ids),
  ]);
  return (
    <>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('listTitle')}</h1>
        {mayCreate && (
          <Link
            href="/assessments/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t('newAssessment')}
          </Link>
        )}
      </div>
      {assessments.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {t('emptyList')} {mayCreate ? t('emptyCreate') : t('emptyWait')}
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {assessments.map((a) => {
            const stage = stages.get(a.id) ?? 'prepare';
            const next = sessions.get(a.id);
            return (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <Link
                  href={`/assessments/${a.id}`}
                  className="text-lg font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {a.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {a.administration}, {a.country}
                </p>
                <p className="mt-2 text-xs text-slate-600">
                  {t('modeLine', { mode: a.mode, name: modeLabel(td, a.mode, findMode(a.mode)?.name) })} ·{' '}
                  {a.scope === 'comprehensive' ? t('comprehensive') : t('targeted', { n: a.areas.length })} ·{' '}
                  {t('you', { role: roleLabel(td, a.myRole) })}
                </p>
                <div className="mt-2 space-y-1 text-sm text-slate-700">
                  <p data-testid="assessment-stage">
                    {t('stageLine', {
                      stage: stage === 'prepare' ? t('stagePrepare') : stageLabel(td, stage, stage),
                    })}
                  </p>
                  {(a.plannedStart || a.plannedEnd) && (
                    <p>
                      {t('plannedDates', {
                        start: a.plannedStart ? f.day(a.plannedStart) : t('noStart'),
                        end: a.plannedEnd ? f.day(a.plannedEnd) : t('noEnd'),
                      })}
                    </p>
                  )}
                  <p data-testid="assessment-next-session">
                    {next ? (
                      <>
                        {t('nextSession', { title: next.title })}, <SessionTime instant={next.startsAt} />
                      </>
                    ) : (
                      t('noNextSession')
                    )}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
