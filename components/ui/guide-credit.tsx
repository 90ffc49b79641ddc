import { GUIDE_CREDIT } from '@/lib/idg/checklist';

/** The attribution shown wherever the checklist is shown. */
export function GuideCredit() {
  return <p className="mt-8 text-xs text-slate-600">Checklist: {GUIDE_CREDIT}, World Customs Organization.</p>;
}
