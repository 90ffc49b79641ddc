import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocCatchUp } from '@/components/history/doc-catch-up';
import { FindingsBoard } from '@/components/workshop/findings/findings-board';
import { MeetingLink } from '@/components/workshop/meetings/meeting-link';
import type { TCitableArea } from '@/components/workshop/findings/types';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { getDb } from '@/lib/db/client';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { mayWriteFindings } from '@/lib/domain/workshop/findings-rules';
import { effectiveAreaQuestions } from '@/lib/domain/checklist/checklist-adaptation';
import { readAssessmentChecklist } from '@/lib/services/checklist/assessment-checklist';
import { reportBackState } from '@/lib/services/workshop/findings';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import { groupsFor } from '@/lib/services/workshop/meeting-links';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workshop');
  return { title: t('groupFindingsTitle') };
}

export default withClientMessages(
  ['checklist', 'checklistAdaptation', 'common', 'domain', 'guideWords', 'history', 'live', 'workshop'],
  async function GroupFindingsPage({ params }: { params: Promise<{ id: string; groupId: string }> }) {
    const { id, groupId } = await params;
    const { user, membership } = await requirePageAccess(id, 'checklist.view', `/assessments/${id}/groups/${groupId}`);
    const db = getDb();
    const t = await getTranslations('workshop');
    // The assessment's own checklist, read once for the groups and the citable questions: added
    // questions may be cited too, hidden ones no longer.
    const known = await readAssessmentChecklist(db, id);
    const names = await guideNames(db, id, await getLocale());
    const group = groupsFor(await groupsOverview(db, id, known, names.area), membership).groups.find(
      (g) => g.id === groupId,
    );
    if (!group) notFound();
    const effective = known.checklist.areas;
    const areas: TCitableArea[] = group.areas.flatMap((a) => {
      const area = effective.find((e) => e.id === a.id);
      return area
        ? [
            {
              id: a.id,
              label: a.label,
              questions: effectiveAreaQuestions(area).map((q) => ({
                key: q.key,
                number: q.number,
                text: q.text,
                label: q.label,
                added: q.added,
              })),
            },
          ]
        : [];
    });
    const { outcomes } = await reportBackState(db, id);
    const canEdit = mayWriteFindings(
      membership.role,
      group.members.some((m) => m.id === user.id),
    );
    return (
      <>
        <Link href={`/assessments/${id}/groups`} className="text-sm text-brand-700 hover:underline">
          {t('allGroups')}
        </Link>
        <h2 className="mt-3 text-xl font-semibold">{t('findingsHeading', { group: group.name })}</h2>
        <GuideTranslationNote />
        {group.meetingUrl && (
          <p className="mt-1 text-sm">
            <MeetingLink url={group.meetingUrl} of={group.name} />
          </p>
        )}
        <p className="mb-4 text-sm text-slate-700">
          {group.rapporteur ? t('rapporteurPresents', { name: group.rapporteur.name }) : t('noRapporteur')}{' '}
          {t('citesIntro')}{' '}
          <Link href={`/assessments/${id}/report-back?group=${groupId}`} className="text-brand-700 hover:underline">
            {t('openReportBack')}
          </Link>
          .
        </p>
        <DocCatchUp
          url={`/api/assessments/${id}/groups/${groupId}/changes`}
          anchorPrefix="finding-"
          untitled={(await getTranslations('history'))('untitledFinding')}
        />
        <FindingsBoard
          assessmentId={id}
          groupId={groupId}
          user={{ id: user.id, name: user.name }}
          canEdit={canEdit}
          areas={areas}
          outcomes={Object.fromEntries(outcomes.filter((o) => o.groupId === groupId).map((o) => [o.findingId, o]))}
        />
        <GuideCredit />
      </>
    );
  },
);
