import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { PracticeChecklist } from '@/components/assessments/practice-checklist';
import { SelfAssessmentPanel } from '@/components/assessments/self-assessment-panel';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { practiceAnnexFor } from '@/lib/idg/facilitation-practices';
import { listPracticeChecks } from '@/lib/services/assessments/practices';
import { findSelfAssessment } from '@/lib/services/assessments/self-assessment';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('modes'))('practicesTitle') };
}

/** The good practices of Annex 6 or 7 for the assessment's mode, and a self-assessment's structure. */
export default withClientMessages(
  ['common', 'domain', 'modes'],
  async function PracticesPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/practices`);
    const db = getDb();
    const assessment = (await pageAssessment(id))!;
    const annex = practiceAnnexFor(assessment.mode);
    const [checks, structure, t] = await Promise.all([
      listPracticeChecks(db, id),
      assessment.mode === 3 ? findSelfAssessment(db, id) : null,
      getTranslations('modes'),
    ]);
    const editable = can(membership.role, 'steps.edit');
    return (
      <div className="grid gap-8">
        {structure && <SelfAssessmentPanel assessmentId={id} structure={structure} editable={editable} />}
        <section aria-labelledby="practices" className="grid gap-3">
          <div>
            <h2 id="practices" className="text-lg font-semibold">
              {t('practicesTitle')}
            </h2>
            <p className="text-sm text-slate-700">
              {t('practicesIntro', { kind: annex.annex === 7 ? t('kindSelf') : t('kindFacilitated') })}
            </p>
          </div>
          <PracticeChecklist
            assessmentId={id}
            sections={annex.sections}
            checks={[...checks.values()]}
            editable={editable}
          />
          <p className="text-xs text-slate-600">{t('practiceCredit', { annex: annex.annex, title: annex.title })}</p>
        </section>
      </div>
    );
  },
);
