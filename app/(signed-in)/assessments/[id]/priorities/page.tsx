import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { PrioritiesView } from '@/components/prioritisation/priorities-view';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { priorityCriterionTitle } from '@/lib/i18n/guide-words';
import { priorityCriteria } from '@/lib/idg/process';
import { listActivities } from '@/lib/services/priorities/candidate-activities';
import { priorities } from '@/lib/services/priorities/priorities';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('prioritisation');
  return { title: t('pageTitle') };
}

export default withClientMessages(
  ['checklistAdaptation', 'common', 'domain', 'guideWords', 'live', 'prioritisation'],
  async function PrioritiesPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/priorities`);
    const db = getDb();
    const [activities, t, tg] = await Promise.all([
      listActivities(db, id),
      getTranslations('prioritisation'),
      getTranslations('guideWords'),
    ]);
    const initial = await priorities(db, id, activities);
    // The criteria in the member's language; the guide's English stays in exports.
    const criteria = priorityCriteria.map((c) => ({ id: c.id, title: priorityCriterionTitle(tg, c) }));
    return (
      <>
        <div className="mb-4">
          <p className="text-sm text-slate-700">{t('intro')}</p>
          <GuideTranslationNote />
        </div>
        <PrioritiesView
          assessmentId={id}
          criteria={criteria}
          initialActivities={activities}
          initialPriorities={initial}
          canManage={can(membership.role, 'session.run')}
          canVote={can(membership.role, 'vote')}
        />
      </>
    );
  },
);
