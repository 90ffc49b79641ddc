import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { ActivityLogPanel } from '@/components/library/activity-log-panel';
import { LibraryView } from '@/components/library/library-view';
import { GuideCredit } from '@/components/ui/guide-credit';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { isFacilitator } from '@/lib/domain/access/roles';
import { findArea, areaLabel, areaQuestions } from '@/lib/idg/checklist';
import { activityLog } from '@/lib/services/library/activity-log';
import { listDocuments } from '@/lib/services/library/library';
import { listMembers } from '@/lib/services/accounts/members';
import { modesRun } from '@/lib/domain/assessments/modes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('library'))('title') };
}

export default withClientMessages(
  ['common', 'library'],
  async function LibraryPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'library.view', `/assessments/${id}/library`);
    const db = getDb();
    const t = await getTranslations('library');
    const assessment = (await pageAssessment(id))!;
    const members = (await listMembers(db, id)).map((m) => ({ id: m.userId, name: m.name }));
    // What a document can inform: each area in scope, and each of its questions.
    const targets = assessment.areas.flatMap((areaId) => {
      const area = findArea(areaId);
      if (!area) return [];
      return [
        { value: area.id, label: t('wholeArea', { area: areaLabel(area) }), group: areaLabel(area) },
        ...areaQuestions(area).map((q) => ({
          value: q.key,
          label: `${q.number}. ${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}`,
          group: areaLabel(area),
        })),
      ];
    });
    return (
      <>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="mb-4 max-w-3xl text-sm text-slate-700">{t('intro')}</p>
        <LibraryView
          assessmentId={id}
          initial={await listDocuments(db, membership)}
          me={user.id}
          canAdd={can(membership.role, 'library.add')}
          canManage={can(membership.role, 'library.manage')}
          isFacilitator={isFacilitator(membership.role)}
          members={members}
          targets={targets}
        />
        <ActivityLogPanel
          assessmentId={id}
          initial={await activityLog(db, id)}
          canRecord={can(membership.role, 'steps.edit')}
          members={members}
          fieldVisits={modesRun(assessment).includes(1)}
        />
        <GuideCredit />
      </>
    );
  },
);
