import type { Metadata } from 'next';
import { ExportButton } from '@/components/report/export-button';
import { TorForm } from '@/components/report/tor-form';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { isFacilitator } from '@/lib/domain/roles';

export const metadata: Metadata = { title: 'Terms of reference' };

export default async function TermsOfReferencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/terms-of-reference`);
  const canEdit = isFacilitator(membership.role);
  return (
    <>
      <h2 className="text-xl font-semibold">Terms of reference (step 4, Annex 5)</h2>
      <p className="mb-3 text-sm text-slate-700">
        The conditions of the assessment and its preliminary background findings, drafted by the facilitators (activity 4.4) and shared with high-level management.
        {canEdit ? ' Every change is saved as you type and shown to the others at once.' : ' Facilitators write it; you see their changes live.'}
      </p>
      <div className="mb-3 flex flex-wrap gap-4">
        <ExportButton href={`/api/assessments/${id}/terms-of-reference.docx`} label="Download DOCX" />
        <ExportButton href={`/api/assessments/${id}/terms-of-reference.docx?redacted=1`} label="Redacted DOCX (no names)" />
      </div>
      <TorForm assessmentId={id} user={{ id: user.id, name: user.name }} canEdit={canEdit} />
      <GuideCredit />
    </>
  );
}
