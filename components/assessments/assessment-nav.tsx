'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { isCurrentTab } from '@/lib/domain/assessments/nav-tabs';
import { useT } from '@/lib/i18n/client';
import { assessmentsMessages } from '@/lib/i18n/messages/assessments';

/** Tabs of an assessment; the current one is marked for screen readers too. */
export function AssessmentNav({
  assessmentId,
  tabs,
}: {
  assessmentId: string;
  tabs: { href: string; label: string }[];
}) {
  const pathname = usePathname();
  const t = useT(assessmentsMessages);
  const base = `/assessments/${assessmentId}`;
  return (
    <nav aria-label={t('tabsLabel')} className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-1">
        {tabs.map((t) => {
          const href = `${base}${t.href}`;
          const current = isCurrentTab(pathname, href, base);
          return (
            <li key={t.href}>
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block border-b-4 px-3 py-2 text-sm ${current ? 'border-brand-600 font-semibold text-brand-900' : 'border-transparent text-slate-700 hover:text-brand-700'}`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
