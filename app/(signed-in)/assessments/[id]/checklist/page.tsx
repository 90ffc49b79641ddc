import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { TranslationImport } from '@/components/checklist/adaptation/translation-import';
import { effectiveAreaQuestions as areaQuestions } from '@/lib/domain/checklist/checklist-adaptation';
import { can } from '@/lib/domain/access/permissions';
import { officialTitlesIn } from '@/lib/domain/checklist/official-titles';
import { areaName, withOfficialTitles } from '@/lib/i18n/guide-words';
import { getLocale } from '@/lib/i18n/server';
import { effectiveChecklist } from '@/lib/services/checklist/assessment-checklist';
import { checklistProgress } from '@/lib/services/workshop/dashboard';
import { changedCounts } from '@/lib/services/history/catch-up';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checklist'))('title') };
}

export default withClientMessages(
  ['checklistAdaptation'],
  async function ChecklistIndexPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'checklist.view', `/assessments/${id}/checklist`);
    const db = getDb();
    // The effective checklist as the administration adapted it: hidden questions left out, added ones counted.
    const checklist = await effectiveChecklist(db, id);
    const { areas, translation } = checklist;
    const progress = new Map((await checklistProgress(db, id, checklist)).map((p) => [p.areaId, p]));
    // What others changed in each area since this member last marked it seen.
    const changed = await changedCounts(db, id, user.id, areas);
    const total = areas.reduce((n, a) => n + areaQuestions(a).length, 0);
    const answered = [...progress.values()].reduce((n, p) => n + p.answered, 0);
    const [t, th, project, locale] = await Promise.all([
      getTranslations('checklist'),
      getTranslations('history'),
      getTranslations('guideWords'),
      getLocale(),
    ]);
    // An official translation of the titles, in this member's language, wins over the project's.
    const official = officialTitlesIn(translation?.language ?? null, checklist.titles, locale);
    const tg = withOfficialTitles(project, official);
    return (
      <>
        <h2 className="mb-1 text-lg font-semibold">{t('heading')}</h2>
        <div className="mb-4">
          <p className="text-sm text-slate-700">{t('intro', { areas: areas.length, total, answered })}</p>
          <GuideTranslationNote official={areas.every((a) => `area.${a.id}` in official)} />
        </div>
        <ul className="grid gap-2 md:grid-cols-2">
          {areas.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <Link
                href={`/assessments/${id}/checklist/${a.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {areaName(tg, a)}
              </Link>
              <p className="text-xs text-slate-600">
                {t('areaAnswered', { answered: progress.get(a.id)?.answered ?? 0, total: areaQuestions(a).length })}
                {progress.get(a.id)?.byStatus['action-required']
                  ? ` · ${t('areaActionRequired', { n: progress.get(a.id)?.byStatus['action-required'] ?? 0 })}`
                  : ''}
                {changed.get(a.id) ? (
                  <>
                    {' · '}
                    <strong className="text-brand-800">{th('areaChanged', { n: changed.get(a.id) ?? 0 })}</strong>
                  </>
                ) : null}
              </p>
              <progress
                className="mt-1 h-2 w-full"
                max={areaQuestions(a).length}
                value={progress.get(a.id)?.answered ?? 0}
                aria-label={t('areaProgressLabel', { area: areaName(tg, a) })}
              />
            </li>
          ))}
        </ul>
        {can(membership.role, 'checklist.adapt') && (
          <div className="mt-6">
            <TranslationImport
              assessmentId={id}
              translation={translation ? { language: translation.language, importedAt: translation.importedAt } : null}
            />
          </div>
        )}
        <GuideCredit />
      </>
    );
  },
);
