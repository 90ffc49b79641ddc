import { getTranslations } from 'next-intl/server';
import type { TTrackedActivityView } from '@/lib/contracts/monitoring';
import { flagLabel } from './labels';

/** The red flags, first: each flagged activity with every reason, in words (the flag sign is decoration). */
export async function RedFlagSummary({
  activities,
  kpiNames,
}: {
  activities: TTrackedActivityView[];
  kpiNames: Record<string, string>;
}) {
  const t = await getTranslations('monitoring');
  const flagged = activities.filter((a) => a.flags.length > 0);
  return (
    <section
      aria-labelledby="flags-heading"
      className={`rounded-md border p-3 ${flagged.length ? 'border-red-700 bg-red-50' : 'border-slate-300'}`}
    >
      <h3 id="flags-heading" className="font-semibold">
        <span aria-hidden="true">⚑ </span>
        {t('redFlagsTitle')}
      </h3>
      <p className="text-sm">{t('redFlagsCount', { n: flagged.length })}</p>
      {flagged.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {flagged.map((a) => (
            <li key={a.id}>
              <span className="font-semibold">{a.number}</span> {a.title}:{' '}
              {a.flags.map((f) => flagLabel(t, f, (id) => kpiNames[id] ?? id)).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
