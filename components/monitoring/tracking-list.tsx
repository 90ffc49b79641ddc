'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { ACTIVITY_STATUSES } from '@/lib/domain/monitoring/monitoring-types';
import { useFormat } from '@/lib/i18n/client';
import type { TProgressUpdate, TTrackedActivityView } from '@/lib/contracts/monitoring';
import { STATUS_CLASS, flagLabel, statusLabel } from './labels';
import { ActivityForms } from './activity-forms';

type TProps = {
  assessmentId: string;
  activities: TTrackedActivityView[];
  updates: TProgressUpdate[];
  kpiNames: Record<string, string>;
  userId: string;
  canUpdateAll: boolean;
  canReport: boolean;
};

/**
 * The adopted activities with status, progress, dates and red flags; the owner or a facilitator updates each in place.
 */
export function TrackingList({ assessmentId, activities, updates, kpiNames, userId, canUpdateAll, canReport }: TProps) {
  const t = useTranslations('monitoring');
  const f = useFormat();
  const numbers = new Map(activities.map((a) => [a.id, a.number]));
  return (
    <DataTable
      caption={t('trackingCaption')}
      captionHidden
      rows={activities}
      rowKey={(a) => a.id}
      rowTestId={(a) => `activity-${a.number}`}
      columns={[
        {
          key: 'activity',
          header: t('colActivity'),
          rowHeader: true,
          sortValue: (a) => a.number,
          cell: (a) => (
            <>
              <span className="font-semibold">{a.number}</span> {a.title}
              <details className="mt-1">
                <summary className="cursor-pointer text-brand-700 hover:underline">{t('showUpdates')}</summary>
                <UpdateHistory updates={updates.filter((u) => u.activityId === a.id)} />
                {(canUpdateAll || (canReport && a.ownerId === userId)) && (
                  <ActivityForms
                    assessmentId={assessmentId}
                    activity={a}
                    others={activities.filter((o) => o.id !== a.id)}
                  />
                )}
              </details>
            </>
          ),
        },
        {
          key: 'responsible',
          header: t('colResponsible'),
          sortValue: (a) => a.ownerName ?? a.responsible,
          cell: (a) => a.ownerName ?? a.responsible,
        },
        {
          key: 'status',
          header: t('colStatus'),
          sortValue: (a) => ACTIVITY_STATUSES.indexOf(a.status),
          cell: (a) => (
            <span className={`inline-block rounded border px-2 py-0.5 text-xs ${STATUS_CLASS[a.status]}`}>
              {statusLabel(t, a.status)}
            </span>
          ),
        },
        {
          key: 'progress',
          header: t('colProgress'),
          sortValue: (a) => a.percent,
          cell: (a) => (
            <>
              <progress
                max={100}
                value={a.percent}
                aria-label={`${t('colProgress')} ${a.number}`}
                className="h-2 w-20"
              />{' '}
              {f.percent(a.percent / 100)}
            </>
          ),
        },
        {
          key: 'start',
          header: t('colStart'),
          sortValue: (a) => a.startDate,
          cell: (a) => (a.startDate ? f.day(a.startDate) : t('noDate')),
        },
        {
          key: 'due',
          header: t('colDue'),
          sortValue: (a) => a.dueDate,
          cell: (a) => (a.dueDate ? f.day(a.dueDate) : t('noDate')),
        },
        {
          key: 'dependsOn',
          header: t('colDependsOn'),
          cell: (a) => a.dependsOn.map((d) => numbers.get(d) ?? d).join(', ') || t('noDate'),
        },
        {
          key: 'lastUpdate',
          header: t('colLastUpdate'),
          sortValue: (a) => a.lastUpdate?.createdAt ?? null,
          cell: (a) => (a.lastUpdate ? f.date(a.lastUpdate.createdAt) : t('noUpdateYet')),
        },
        {
          key: 'flags',
          header: t('colFlags'),
          sortValue: (a) => a.flags.length,
          cell: (a) =>
            a.flags.length > 0 && (
              <ul className="text-red-800">
                {a.flags.map((fl) => (
                  <li key={`${fl.kind}-${'kpiId' in fl ? fl.kpiId : ''}`}>
                    <span aria-hidden="true">⚑ </span>
                    {flagLabel(t, fl, (id) => kpiNames[id] ?? id)}
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}

function UpdateHistory({ updates }: { updates: TProgressUpdate[] }) {
  const t = useTranslations('monitoring');
  const f = useFormat();
  if (updates.length === 0) return <p className="my-2 text-slate-600">{t('noUpdates')}</p>;
  return (
    <ol className="my-2 space-y-1" aria-label={t('updatesHistory')}>
      {updates.map((u) => (
        <li key={u.id} className="rounded border border-slate-200 p-2">
          <p className="text-xs text-slate-600">
            {t('updateBy', { name: u.author.name, date: f.dateTime(u.createdAt) })} · {statusLabel(t, u.status)} ·{' '}
            {f.percent(u.percent / 100)}
          </p>
          <p className="whitespace-pre-wrap">{u.note}</p>
        </li>
      ))}
    </ol>
  );
}
