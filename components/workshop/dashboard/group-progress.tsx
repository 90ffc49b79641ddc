'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { isFindingKind } from '@/lib/collab/findings-layout';
import { ANSWER_STATUSES } from '@/lib/collab/layout';
import type { TAreaProgress, TGroupDashboard } from '@/lib/domain/workshop/dashboard';
import { findingHref } from '@/lib/domain/workshop/findings-rules';
import { useFormat } from '@/lib/i18n/client';
import { answerStatusLabel } from '@/lib/i18n/domain-labels';

/** Area rows with answered counts and evaluations; a caption names the table. */
export function AreaProgressTable({
  caption,
  areas,
  assessmentId,
}: {
  caption: string;
  areas: readonly TAreaProgress[];
  assessmentId: string;
}) {
  const t = useTranslations('workshop');
  const td = useTranslations('domain');
  const counts = [...ANSWER_STATUSES, null] as const;
  return (
    <DataTable
      caption={caption}
      captionHidden
      rows={areas}
      rowKey={(a) => a.areaId}
      columns={[
        {
          key: 'area',
          header: t('area'),
          rowHeader: true,
          // The guide's order of areas, which the table starts in.
          sortValue: (a) => areas.indexOf(a),
          cell: (a) => (
            <Link
              href={`/assessments/${assessmentId}/checklist/${a.areaId}`}
              className="text-brand-700 hover:underline"
            >
              {a.label}
            </Link>
          ),
        },
        {
          key: 'answered',
          header: t('answered'),
          numeric: true,
          sortValue: (a) => (a.total === 0 ? null : a.answered / a.total),
          cell: (a) => t('answeredOf', { answered: a.answered, total: a.total }),
        },
        ...counts.map((s) => ({
          key: s ?? 'unassessed',
          header: answerStatusLabel(td, s),
          numeric: true,
          sortValue: (a: TAreaProgress) => a.byStatus[s ?? 'unassessed'],
          cell: (a: TAreaProgress) => a.byStatus[s ?? 'unassessed'],
        })),
      ]}
    />
  );
}

/** One group on the dashboard: progress per area, disputed findings, members yet to contribute. */
export function GroupProgress({ group, assessmentId }: { group: TGroupDashboard; assessmentId: string }) {
  const t = useTranslations('workshop');
  const f = useFormat();
  const headingId = `dash-${group.id}-heading`;
  const share = group.total.total === 0 ? 0 : group.total.answered / group.total.total;
  return (
    <section aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {group.name}
        </h3>
        <p className="text-sm">
          {t('groupAnswered', { answered: group.total.answered, total: group.total.total, pct: f.percent(share) })}
        </p>
      </div>
      {group.areas.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noAreasAllocated')}</p>
      ) : (
        <AreaProgressTable
          caption={t('areasOf', { group: group.name })}
          areas={group.areas}
          assessmentId={assessmentId}
        />
      )}
      <div>
        <h4 className="text-sm font-semibold">{t('disputed', { n: group.disputed.length })}</h4>
        {group.disputed.length === 0 ? (
          <p className="text-sm text-slate-600">{t('none')}</p>
        ) : (
          <ul className="grid gap-1 text-sm">
            {group.disputed.map((d) => {
              return (
                <li key={d.findingId}>
                  <span aria-hidden="true">⚑ </span>
                  <Link
                    href={findingHref(assessmentId, group.id, d.findingId)}
                    className="text-brand-700 hover:underline"
                  >
                    {isFindingKind(d.kind) ? t(`kind.${d.kind}`) : d.kind}: {d.excerpt || t('noText')}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div>
        <h4 className="text-sm font-semibold">{t('notContributed', { n: group.notYetContributed.length })}</h4>
        {group.notYetContributed.length === 0 ? (
          <p className="text-sm text-slate-600">{t('allContributed')}</p>
        ) : (
          <ul className="flex flex-wrap gap-2 text-sm">
            {group.notYetContributed.map((m) => (
              <li key={m.id} className="rounded bg-amber-50 px-2 py-0.5 text-amber-900">
                {m.name}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
