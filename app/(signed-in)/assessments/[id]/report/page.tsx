import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportButton } from '@/components/report/export-button';
import { ReportNarrative } from '@/components/report/report-narrative';
import { SignoffPanel } from '@/components/report/signoff-panel';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { seesSensitive } from '@/lib/domain/redaction';
import { isFacilitator } from '@/lib/domain/roles';

export const metadata: Metadata = { title: 'Assessment report' };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/report`);
  const api = `/api/assessments/${id}`;
  const full = seesSensitive(membership.role);
  return (
    <>
      <h2 className="text-xl font-semibold">Assessment report (step 6)</h2>
      <p className="mb-4 text-sm text-slate-700">
        The report is assembled from the sessions, the checklist answers and evaluations, the agreed priorities and the action plan; the narrative below is
        written together by the facilitators. <Link href={`/assessments/${id}/terms-of-reference`} className="text-brand-700 hover:underline">Terms of reference</Link> ·{' '}
        <Link href={`/assessments/${id}/feedback`} className="text-brand-700 hover:underline">Feedback survey</Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <ReportNarrative assessmentId={id} user={{ id: user.id, name: user.name }} canEdit={isFacilitator(membership.role)} />
        <div className="space-y-4">
          <SignoffPanel assessmentId={id} canSign={isFacilitator(membership.role)} />
          <section aria-labelledby="exports-heading" className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
            <h3 id="exports-heading" className="font-semibold">Exports</h3>
            {full ? (
              <>
                <ExportButton href={`${api}/report.docx`} label="Report (DOCX)" />
                <ExportButton href={`${api}/report.pdf`} label="Report (PDF)" />
                <ExportButton href={`${api}/checklist.xlsx`} label="Checklist answers (XLSX)" />
                <p className="text-sm text-slate-700">Redacted, for sharing outside the administration (no sensitive answers, no names):</p>
              </>
            ) : (
              <p className="text-sm text-slate-700">Your exports are redacted: answers marked sensitive and people’s names are left out.</p>
            )}
            <ExportButton href={`${api}/report.docx?redacted=1`} label="Redacted report (DOCX)" />
            <ExportButton href={`${api}/report.pdf?redacted=1`} label="Redacted report (PDF)" />
            <ExportButton href={`${api}/checklist.xlsx?redacted=1`} label="Redacted checklist (XLSX)" />
          </section>
        </div>
      </div>
      <section aria-labelledby="preview-heading" className="mt-6">
        <h3 id="preview-heading" className="font-semibold">Preview{full ? '' : ' (redacted)'}</h3>
        {/* An empty sandbox: the preview is escaped already, and even so may run nothing. */}
        <iframe title="Report preview" sandbox="" src={`${api}/report/preview`} className="mt-2 h-[36rem] w-full rounded-md border border-slate-300 bg-white" />
      </section>
      <GuideCredit />
    </>
  );
}
