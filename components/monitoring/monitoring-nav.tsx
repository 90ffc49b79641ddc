import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

const LINKS = [
  { href: '', key: 'navTracking' },
  { href: '/kpis', key: 'navKpis' },
  { href: '/report', key: 'navReport' },
  { href: '/evaluation', key: 'navEvaluation' },
] as const;

/** The monitoring section's own tabs; the current one is marked for screen readers. */
export async function MonitoringNav({
  assessmentId,
  current,
}: {
  assessmentId: string;
  current: (typeof LINKS)[number]['href'];
}) {
  const t = await getTranslations('monitoring');
  return (
    <nav aria-label={t('tabMonitoring')} className="mb-4 flex flex-wrap gap-2 print:hidden">
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={`/assessments/${assessmentId}/monitoring${l.href}`}
          aria-current={l.href === current ? 'page' : undefined}
          className={`rounded-md border px-3 py-1 text-sm ${l.href === current ? 'border-brand-700 bg-brand-50 font-semibold text-brand-900' : 'border-slate-300 text-slate-800 hover:bg-slate-100'}`}
        >
          {t(l.key)}
        </Link>
      ))}
    </nav>
  );
}
