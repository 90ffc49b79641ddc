import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiscussionProvider } from '@/components/checklist/discussion-context';
import { LiveChecklistArea } from '@/components/checklist/live-checklist-area';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/permissions';
import { isFacilitator } from '@/lib/domain/roles';
import { findArea } from '@/lib/idg/checklist';
import { findAssessment } from '@/lib/services/assessments';
import { editableAreas } from '@/lib/services/groups';
import { lockedAreas } from '@/lib/services/live-state';
import { listMembers } from '@/lib/services/members';

export const metadata: Metadata = { title: 'Checklist area' };

export default async function ChecklistAreaPage({ params }: { params: Promise<{ id: string; areaId: string }> }) {
  const { id, areaId } = await params;
  const { user, membership } = await requirePageAccess(id, 'checklist.view', `/assessments/${id}/checklist/${areaId}`);
  const db = getDb();
  const assessment = (await findAssessment(db, id))!;
  const area = findArea(areaId);
  if (!area || !assessment.areas.includes(area.id)) notFound();
  const members = (await listMembers(db, id)).map((m) => ({ id: m.userId, name: m.name }));
  // The same rule as the sync server's: a contributor answers their group's areas, unless locked.
  const canAnswer = (await editableAreas(db, id, user.id, await lockedAreas(db, id))).has(area.id);
  return (
    <>
      <Link href={`/assessments/${id}/checklist`} className="text-sm text-brand-700 hover:underline">
        ← All areas
      </Link>
      <div className="mt-3">
        <DiscussionProvider
          assessmentId={id}
          areaId={area.id}
          me={{ id: user.id, name: user.name }}
          members={members}
          canComment={can(membership.role, 'comment')}
          canAddEvidence={canAnswer}
          isFacilitator={isFacilitator(membership.role)}
        >
          <LiveChecklistArea assessmentId={id} area={area} user={{ id: user.id, name: user.name }} canEdit={canAnswer} />
        </DiscussionProvider>
      </div>
      <GuideCredit />
    </>
  );
}
