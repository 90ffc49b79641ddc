'use client';

import { useTranslations } from 'next-intl';
import type { TRunOfShow } from '@/lib/contracts/sessions';

function Bar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  return (
    <div className="grid grid-cols-[7rem_1fr_auto] items-center gap-2 text-sm">
      <span>{label}</span>
      <progress value={value} max={Math.max(max, 1)} aria-label={`${label}: ${text}`} className="h-3 w-full" />
      <span className="text-xs text-slate-700">{text}</span>
    </div>
  );
}

/** Each group's progress, drawn as bars and counted: answered, evaluated, findings written; and where it is. */
export function CockpitGroups({ groups }: { groups: TRunOfShow['groups'] }) {
  const t = useTranslations('cockpit');
  // The findings bar has no natural total; the group with the most fills it.
  const mostFindings = Math.max(1, ...groups.map((g) => g.progress.findings));
  return (
    <section aria-labelledby="cockpit-groups" className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 id="cockpit-groups" className="mb-2 font-semibold">
        {t('groups')}
      </h3>
      {groups.length === 0 && <p className="text-sm text-slate-600">{t('noGroups')}</p>}
      <ul className="grid gap-3">
        {groups.map((g) => (
          <li key={g.id} data-testid="cockpit-group" className="grid gap-1">
            <span className="font-medium">{g.name}</span>
            <Bar
              label={t('answered')}
              value={g.progress.answered}
              max={g.progress.questions}
              text={t('ofTotal', { n: g.progress.answered, total: g.progress.questions })}
            />
            <Bar
              label={t('evaluated')}
              value={g.progress.evaluated}
              max={g.progress.questions}
              text={t('ofTotal', { n: g.progress.evaluated, total: g.progress.questions })}
            />
            <Bar
              label={t('findings')}
              value={g.progress.findings}
              max={mostFindings}
              text={t('findingsCount', { n: g.progress.findings })}
            />
            {g.currentPage && (
              <span className="text-xs text-slate-700">
                {t('at', { page: g.currentPage.split('/').slice(3).join('/') || '/' })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
