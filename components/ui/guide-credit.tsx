import { GUIDE_CREDIT } from '@/lib/idg/checklist';
import { checklistMessages } from '@/lib/i18n/messages/checklist';
import { getT } from '@/lib/i18n/server';

/** The attribution shown wherever the checklist is shown. */
export async function GuideCredit() {
  const t = await getT(checklistMessages);
  return <p className="mt-8 text-xs text-slate-600">{t('guideCredit', { credit: GUIDE_CREDIT })}</p>;
}
