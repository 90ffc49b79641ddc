import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import type { TPlanSubmission } from '@/lib/contracts/plan';

const linkClass = 'text-brand-700 hover:underline';

/**
 * The plan's downloads. Once a version is adopted, that version is what the administration
 * monitors and shares, so it comes first and says so; the draft, which may already differ from
 * it, stays available under its own name.
 */
export async function PlanDownloads({
  assessmentId,
  submissions,
}: {
  assessmentId: string;
  submissions: TPlanSubmission[];
}) {
  const t = await getTranslations('plan');
  const base = `/api/assessments/${assessmentId}/plan/export`;
  const adopted = Math.max(
    0,
    ...submissions.map((s) => (s.status === 'adopted' && s.version !== null ? s.version : 0)),
  );
  const links =
    adopted === 0
      ? [
          { href: `${base}?format=xlsx`, label: t('downloadXlsx') },
          { href: `${base}?format=csv`, label: t('downloadCsv') },
        ]
      : [
          {
            href: `${base}?format=xlsx&version=${adopted}`,
            label: t('downloadAdopted', { version: adopted, format: 'XLSX' }),
          },
          {
            href: `${base}?format=csv&version=${adopted}`,
            label: t('downloadAdopted', { version: adopted, format: 'CSV' }),
          },
          { href: `${base}?format=xlsx`, label: t('downloadDraft', { format: 'XLSX' }) },
          { href: `${base}?format=csv`, label: t('downloadDraft', { format: 'CSV' }) },
        ];
  return links.map((l, i) => (
    <Fragment key={l.href}>
      {i > 0 && ' · '}
      <a href={l.href} className={linkClass}>
        {l.label}
      </a>
    </Fragment>
  ));
}
