import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { ActivityLogPanel } from '@/components/library/activity-log-panel';
import { LibraryView } from '@/components/library/library-view';
import { GuideCredit } from '@/components/ui/guide-credit';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { isFacilitator } from '@/lib/domain/access/roles';
import { findArea, areaQuestions } from '@/lib/idg/checklist';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
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
    const [t, names] = await Promise.all([getTranslations('library'), getLocale().then((l) => guideNames(db, id, l))]);
    const assessment = (await pageAssessment(id))!;
    const members = (await listMembers(db, id)).map((m) => ({ id: m.userId, name: m.name }));
    // What a document can inform: each area in scope, and each of its questions.
    const targets = assessment.areas.flatMap((areaId) => {
      const area = findArea(areaId);
      if (!area) return [];
      const name = names.area(area);
      return [
        { value: area.id, label: t('wholeArea', { area: name }), group: name },
        ...areaQuestions(area).map((q) => ({
          value: q.key,
          label: `${q.number}. ${q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}`,
          group: name,
        })),
      ];
    });
    return (
      <>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <div className="mb-4">
          <p className="max-w-3xl text-sm text-slate-700">{t('intro')}</p>
          <GuideTranslationNote official={names.official(assessment.areas)} />
        </div>
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
