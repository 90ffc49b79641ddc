import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FindingsBoard } from '@/components/workshop/findings/findings-board';
import type { TCitableArea } from '@/components/workshop/findings/types';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { mayWriteFindings } from '@/lib/domain/findings-rules';
import { areaQuestions, findArea } from '@/lib/idg/checklist';
import { reportBackState } from '@/lib/services/findings';
import { groupsOverview } from '@/lib/services/group-overview';

export const metadata: Metadata = { title: 'Group findings' };

export default async function GroupFindingsPage({ params }: { params: Promise<{ id: string; groupId: string }> }) {
  const { id, groupId } = await params;
  const { user, membership } = await requirePageAccess(id, 'checklist.view', `/assessments/${id}/groups/${groupId}`);
  const db = getDb();
  const group = (await groupsOverview(db, id)).groups.find((g) => g.id === groupId);
  if (!group) notFound();
  const areas: TCitableArea[] = group.areas.flatMap((a) => {
    const area = findArea(a.id);
    return area ? [{ id: a.id, label: a.label, questions: areaQuestions(area).map((q) => ({ key: q.key, number: q.number, text: q.text })) }] : [];
  });
  const { outcomes } = await reportBackState(db, id);
  const canEdit = mayWriteFindings(membership.role, group.members.some((m) => m.id === user.id));
  return (
    <>
      <Link href={`/assessments/${id}/groups`} className="text-sm text-brand-700 hover:underline">
        ← All groups
      </Link>
      <h2 className="mt-3 text-xl font-semibold">Findings of {group.name}</h2>
      <p className="mb-4 text-sm text-slate-700">
        {group.rapporteur ? `${group.rapporteur.name} is the rapporteur and presents these findings to the plenary.` : 'The group has no rapporteur yet.'} Each
        proposed activity cites the questions it comes from. <Link href={`/assessments/${id}/report-back?group=${groupId}`} className="text-brand-700 hover:underline">Open the report-back</Link>.
      </p>
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
}
