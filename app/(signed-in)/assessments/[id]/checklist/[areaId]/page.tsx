import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChecklistAdaptationProvider } from '@/components/checklist/adaptation/adaptation-context';
import { AddQuestion } from '@/components/checklist/adaptation/add-question';
import { AssignmentsPanel } from '@/components/checklist/assignments-panel';
import { HiddenQuestions } from '@/components/checklist/adaptation/hidden-questions';
import { TranslationViewToggle } from '@/components/checklist/adaptation/question-text';
import { DiscussionProvider } from '@/components/checklist/discussion-context';
import { GuidePanel } from '@/components/guide/guide-panel';
import { LiveChecklistArea } from '@/components/checklist/live-checklist-area';
import { CatchUpProvider } from '@/components/checklist/history/catch-up';
import { MeetingLink } from '@/components/workshop/meetings/meeting-link';
import { GuideCredit } from '@/components/ui/guide-credit';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { isFacilitator } from '@/lib/domain/access/roles';
import { officialTitlesIn } from '@/lib/domain/checklist/official-titles';
import { GUIDE_VERSION } from '@/lib/idg/guide';
import { getLocale } from '@/lib/i18n/server';
import { effectiveChecklist } from '@/lib/services/checklist/assessment-checklist';
import { areaAssignments } from '@/lib/services/checklist/assignments';
import { editableAreas } from '@/lib/services/workshop/area-allocation';
import { lockedAreas } from '@/lib/services/workshop/live-state';
import { areaGroup } from '@/lib/services/workshop/meeting-links';
import { listMembers } from '@/lib/services/accounts/members';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checklist'))('areaTitle') };
}

export default withClientMessages(
  [
    'answerFlag',
    'assignment',
    'checklist',
    'checklistAdaptation',
    'common',
    'domain',
    'guide',
    'guideNotes',
    'guideWords',
    'history',
    'library',
    'live',
  ],
  async function ChecklistAreaPage({ params }: { params: Promise<{ id: string; areaId: string }> }) {
    const { id, areaId } = await params;
    const { user, membership } = await requirePageAccess(
      id,
      'checklist.view',
      `/assessments/${id}/checklist/${areaId}`,
    );
    const db = getDb();
    const assessment = (await pageAssessment(id))!;
    // The area as this assessment adapted it: hidden questions out, added ones in, translated.
    const { areas, translation, titles } = await effectiveChecklist(db, id, assessment);
    const area = areas.find((a) => a.id === areaId);
    if (!area) notFound();
    // An official translation of this area's titles, in this member's language, wins over the project's.
    const official = Object.fromEntries(
      Object.entries(officialTitlesIn(translation?.language ?? null, titles, await getLocale())).filter(
        ([key]) => key === `area.${area.id}` || key.startsWith(`section.${area.id}.`),
      ),
    );
    const members = (await listMembers(db, id)).map((m) => ({ id: m.userId, name: m.name }));
    // The same rule as the sync server's: a contributor answers their group's areas, unless locked.
    const canAnswer = (await editableAreas(db, id, user.id, await lockedAreas(db, id))).has(area.id);
    const canAdapt = can(membership.role, 'checklist.adapt');
    // The video meeting of the group working on this area, where its people are.
    const group = await areaGroup(db, membership, area.id);
    const assigning = await areaAssignments(db, membership, area.id);
    const labels = Object.fromEntries(area.sections.flatMap((s) => s.questions.map((q) => [q.key, q.label])));
    const [t, tw] = await Promise.all([getTranslations('checklist'), getTranslations('workshop')]);
    return (
      <>
        <Link href={`/assessments/${id}/checklist`} className="text-sm text-brand-700 hover:underline">
          <span aria-hidden="true">← </span>
          {t('allAreas')}
        </Link>
        {group?.meetingUrl && (
          <p className="mt-2 text-sm">
            {tw('areaGroupMeeting', { group: group.name })} <MeetingLink url={group.meetingUrl} of={group.name} />
          </p>
        )}
        <ChecklistAdaptationProvider
          assessmentId={id}
          language={translation?.language ?? null}
          canAdapt={canAdapt}
          targeted={assessment.scope === 'targeted'}
        >
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
            <TranslationViewToggle />
            <GuidePanel areaId={area.id} version={GUIDE_VERSION} />
          </div>
          <AssignmentsPanel
            assessmentId={id}
            areaId={area.id}
            sections={area.sections.map((s) => ({
              code: s.code,
              questions: s.questions.map((q) => ({ key: q.key, number: q.number })),
            }))}
            initial={assigning.assignments}
            canAssign={assigning.canAssign}
            candidates={assigning.candidates}
          />
          <div className="mt-3">
            <HiddenQuestions hidden={area.hidden} />
            <DiscussionProvider
              assessmentId={id}
              areaId={area.id}
              me={{ id: user.id, name: user.name }}
              members={members}
              canComment={can(membership.role, 'comment')}
              canAddEvidence={canAnswer}
              isFacilitator={isFacilitator(membership.role)}
            >
              <CatchUpProvider assessmentId={id} areaId={area.id} labels={labels}>
                <LiveChecklistArea
                  assessmentId={id}
                  area={area}
                  user={{ id: user.id, name: user.name }}
                  canEdit={canAnswer}
                  officialTitles={official}
                />
              </CatchUpProvider>
            </DiscussionProvider>
            {/* Only for those who adapt the checklist; its code is fetched for them alone. */}
            {canAdapt && <AddQuestion areaId={area.id} />}
          </div>
        </ChecklistAdaptationProvider>
        <GuideCredit />
      </>
    );
  },
);
