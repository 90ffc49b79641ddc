import { getTranslations } from 'next-intl/server';
import { GUIDE_CREDIT } from '@/lib/idg/checklist';

/** The attribution shown wherever the checklist is shown. */
export async function GuideCredit() {
  const t = await getTranslations('checklist');
  return <p className="mt-8 text-xs text-slate-600">{t('guideCredit', { credit: GUIDE_CREDIT })}</p>;
}
