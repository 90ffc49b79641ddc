import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { DocCatchUp } from '@/components/history/doc-catch-up';
import { AdoptionPanel } from '@/components/plan/adoption-panel';
import { CommunicationGuide } from '@/components/plan/communication-guide';
import { ConsultationLog } from '@/components/plan/consultation-log';
import { EndorsementPanel } from '@/components/plan/endorsement-panel';
import { PlanBoard } from '@/components/plan/plan-board';
import { PlanDownloads } from '@/components/plan/plan-downloads';
import { GuideCredit } from '@/components/ui/guide-credit';
import { requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { isFacilitator } from '@/lib/domain/access/roles';
import { memberNames } from '@/lib/services/accounts/members';
import { listKpiSheets } from '@/lib/services/plan/kpi';
import { agreedActivities } from '@/lib/services/plan/plan';
import { listSubmissions, possibleApprovers } from '@/lib/services/plan/plan-adoption';
import { listConsultations } from '@/lib/services/plan/plan-consultations';
import { listEndorsements } from '@/lib/services/plan/plan-endorsements';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('plan');
  return { title: t('pageTitle') };
}

export default withClientMessages(
  ['checklist', 'common', 'domain', 'governance', 'guideWords', 'history', 'plan', 'prioritisation'],
  async function ActionPlanPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/plan`);
    const db = getDb();
    const t = await getTranslations('plan');
    const [members, kpis, agreed, consultations, submissions, approvers, endorsements] = await Promise.all([
      memberNames(db, id),
      listKpiSheets(db, id),
      agreedActivities(db, id),
      listConsultations(db, id),
      listSubmissions(db, id),
      possibleApprovers(db, id),
      listEndorsements(db, id),
    ]);
    const canEdit = can(membership.role, 'plan.edit');
    return (
      <>
        <h2 className="text-xl font-semibold">{t('heading')}</h2>
        <p className="mb-4 text-sm text-slate-700">
          {t('intro')}{' '}
          <Link href={`/assessments/${id}/plan/kpis`} className="text-brand-700 hover:underline">
            {t('kpiSheets')}
          </Link>{' '}
          ·{' '}
          <Link href={`/assessments/${id}/plan/print`} className="text-brand-700 hover:underline">
            {t('printView')}
          </Link>{' '}
          · <PlanDownloads assessmentId={id} submissions={submissions} />
        </p>
        <DocCatchUp
          url={`/api/assessments/${id}/plan/changes`}
          anchorPrefix="row-"
          untitled={(await getTranslations('history'))('untitledRow')}
        />
        <PlanBoard
          assessmentId={id}
          user={{ id: user.id, name: user.name }}
          canEdit={canEdit}
          canStartFromExample={can(membership.role, 'assessment.edit')}
          members={members}
          kpis={kpis.map((k) => ({ id: k.id, name: k.name }))}
          agreed={agreed}
          communicationGuide={<CommunicationGuide />}
        />
        <div className="mt-6 grid gap-6 lg:grid-cols-2">
          <ConsultationLog assessmentId={id} entries={consultations} canEdit={canEdit} />
          <AdoptionPanel
            assessmentId={id}
            userId={user.id}
            canSubmit={canEdit}
            approvers={approvers}
            submissions={submissions}
          />
          <EndorsementPanel
            assessmentId={id}
            initial={endorsements}
            canEdit={isFacilitator(membership.role)}
            adopted={submissions.some((s) => s.status === 'adopted')}
          />
        </div>
        <GuideCredit />
      </>
    );
  },
);
