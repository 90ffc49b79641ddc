import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { CreateAssessmentForm } from '@/components/assessments/create-assessment-form';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { GUIDE_STEP_ONE } from '@/lib/contracts/assessments';
import { canCreateAssessment } from '@/lib/domain/access/permissions';
import { creatorRoleOf, mayRunConcurrently } from '@/lib/domain/assessments/modes';
import { checklistAreas } from '@/lib/idg/checklist';
import { assessmentModes } from '@/lib/idg/process';
import { modeLabel } from '@/lib/i18n/domain-labels';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { rolesHeld } from '@/lib/services/assessments/assessments';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assessments'))('newTitle') };
}

export default withClientMessages(['assessments', 'domain', 'modes', 'governance'], async function NewAssessmentPage() {
  const user = await requirePageUser('/assessments/new');
  if (!canCreateAssessment(user.isAdmin, await rolesHeld(getDb(), user.id))) forbidden();
  const [t, td, names] = await Promise.all([
    getTranslations('assessments'),
    getTranslations('domain'),
    getLocale().then((locale) => guideNames(getDb(), null, locale)),
  ]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('newHeading')}</h1>
      <GuideTranslationNote className="mb-4 text-xs text-slate-600" />
      <CreateAssessmentForm
        areas={checklistAreas.map((a) => ({ id: a.id, label: names.area(a) }))}
        modes={assessmentModes.map((m) => ({
          id: m.id,
          name: modeLabel(td, m.id, m.name),
          concurrentAllowed: mayRunConcurrently(m.id),
          creatorRole: creatorRoleOf(m.id),
        }))}
        stepOne={GUIDE_STEP_ONE}
        timeZones={['UTC', ...Intl.supportedValuesOf('timeZone')]}
      />
    </>
  );
});
