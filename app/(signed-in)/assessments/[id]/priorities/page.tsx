import { withClientMessages } from '@/lib/i18n/client-messages';
import type { TMessageKey } from '@/lib/i18n/messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { PrioritiesView } from '@/components/prioritisation/priorities-view';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { priorityCriteria } from '@/lib/idg/process';
import { listActivities } from '@/lib/services/priorities/candidate-activities';
import { priorities } from '@/lib/services/priorities/priorities';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('prioritisation');
  return { title: t('pageTitle') };
}

export default withClientMessages(
  ['checklistAdaptation', 'common', 'domain', 'guideNotes', 'live', 'prioritisation'],
  async function PrioritiesPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/priorities`);
    const db = getDb();
    const [activities, t] = await Promise.all([listActivities(db, id), getTranslations('prioritisation')]);
    const initial = await priorities(db, id, activities);
    // The criteria in the member's language; the guide's English stays in exports.
    const criteria = priorityCriteria.map((c) => {
      const key = `criterion.${c.id}` as TMessageKey<'prioritisation'>;
      return { id: c.id, title: t.has(key) ? t(key) : c.title };
    });
    return (
      <>
        <p className="mb-4 text-sm text-slate-700">{t('intro')}</p>
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
