import { getTranslations } from 'next-intl/server';
import type { TCompetencyGroup } from '@/lib/idg/process';

/** Annex 8's Customs competencies, folded away beside the expertise field: a reference, not a second field. */
export async function CustomsCompetencies({ groups }: { groups: readonly TCompetencyGroup[] }) {
  const t = await getTranslations('competencies');
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t('summary')}</summary>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <div lang="en" className="mt-3 grid gap-4">
        {groups.map((g) => (
          <section key={g.title}>
            <h3 className="font-semibold">{g.title}</h3>
            <div className="mt-1 grid gap-3 sm:grid-cols-2">
              {g.areas.map((a) => (
                <div key={a.title}>
                  <h4 className="font-medium text-slate-800">{a.title}</h4>
                  <ul className="list-disc pl-5 text-slate-700">
                    {a.competencies.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
    </details>
  );
}
