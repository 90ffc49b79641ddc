import { getTranslations } from 'next-intl/server';
import type { TGroupArea } from '@/lib/contracts/workshop';

/** The scope's areas no group holds yet, flagged in words and with an icon, not by colour alone. */
export async function UnallocatedAreas({ areas, hasGroups }: { areas: TGroupArea[]; hasGroups: boolean }) {
  const t = await getTranslations('workshop');
  if (areas.length === 0) {
    return (
      <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
        <span aria-hidden="true">✓ </span>
        {t('allAllocated')}
      </p>
    );
  }
  return (
    <section
      aria-labelledby="unallocated-heading"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm"
    >
      <h3 id="unallocated-heading" className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t('unallocated', { n: areas.length })}
      </h3>
      {!hasGroups && <p className="text-slate-700">{t('unallocatedNoGroups')}</p>}
      <ul className="mt-1 list-disc pl-5">
        {areas.map((a) => (
          <li key={a.id}>
            {a.label} <span className="text-slate-600">{t('nQuestions', { n: a.questions })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
