import { getTranslations } from 'next-intl/server';
import { GUIDE_CREDIT } from '@/lib/idg/checklist';
import { implementationPrinciples } from '@/lib/idg/process';

/** Part IV's principles for implementing the plan, in the guide's words, each opened on demand. */
export async function ImplementationPrinciples() {
  const t = await getTranslations('monitoring');
  return (
    <section aria-labelledby="principles-heading" className="my-6">
      <h3 id="principles-heading" className="mb-1 text-lg font-semibold">
        {t('principlesTitle')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">{t('principlesIntro')}</p>
      <p lang="en" className="mb-2 text-sm">
        {implementationPrinciples.intro}
      </p>
      <div className="grid gap-2">
        {implementationPrinciples.principles.map((p) => (
          <details key={p.number} className="rounded-md border border-slate-300 p-2 text-sm">
            <summary className="cursor-pointer font-semibold">
              {t('principleHeading', { n: p.number, title: p.title })}
            </summary>
            <p lang="en" className="mt-2">
              {p.text}
            </p>
            <p className="mt-2 font-medium">{t('principleElements')}</p>
            <ul lang="en" className="list-disc pl-5">
              {p.elements.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </details>
        ))}
      </div>
      <p className="mt-2 text-xs text-slate-600">{t('principlesCredit', { credit: GUIDE_CREDIT })}</p>
    </section>
  );
}
