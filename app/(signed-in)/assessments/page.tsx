import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { canCreateAssessment } from '@/lib/domain/access/permissions';
import { findMode } from '@/lib/idg/process';
import { assessmentsMessages } from '@/lib/i18n/messages/assessments';
import { domainMessages, modeLabel, roleLabel } from '@/lib/i18n/messages/domain';
import { getT } from '@/lib/i18n/server';
import { listMyAssessments, rolesHeld } from '@/lib/services/assessments/assessments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT(assessmentsMessages))('listTitle') };
}

export default async function AssessmentsPage() {
  const user = await requirePageUser('/assessments');
  const db = getDb();
  const [assessments, roles] = await Promise.all([listMyAssessments(db, user.id), rolesHeld(db, user.id)]);
  const mayCreate = canCreateAssessment(user.isAdmin, roles);
  const [t, td] = await Promise.all([getT(assessmentsMessages), getT(domainMessages)]);
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
          {assessments.map((a) => (
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
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
