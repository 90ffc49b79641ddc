'use client';

import { useTranslations } from 'next-intl';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { fetchJson, QueryError } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import type { TDashboard } from '@/lib/domain/workshop/dashboard';
import { useFormat } from '@/lib/i18n/client';
import { useLiveInvalidation } from '../live/use-live-invalidation';
import { AreaProgressTable, GroupProgress } from './group-progress';

// The room says when a group's work moved (`run:progress`); this reads again in case a signal
// was missed while the connection was down.
const FALLBACK_REFRESH_MS = 60_000;

/** The facilitators' live dashboard, recomputed on the server when the groups' work moves or on request. */
export function DashboardView({ assessmentId, initial }: { assessmentId: string; initial: TDashboard }) {
  const t = useTranslations('workshop');
  const f = useFormat();
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: queryKeys.dashboard(assessmentId),
    queryFn: () => fetchJson<TDashboard>(`/api/assessments/${assessmentId}/dashboard`),
    initialData: initial,
    refetchInterval: FALLBACK_REFRESH_MS,
  });
  useLiveInvalidation('run:progress', queryKeys.dashboard(assessmentId));
  const message = error instanceof QueryError && error.status !== 0 ? error.message : t('staleFigures');

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {t('computedAt', { time: f.time(data.computedAt) })}
        </p>
        <Button variant="secondary" onClick={() => void refetch()} disabled={isFetching}>
          {isFetching ? t('refreshing') : t('refreshNow')}
        </Button>
      </div>
      <FormError message={error ? message : null} />
      {data.groups.length === 0 && <p className="text-sm text-slate-600">{t('noGroups')}</p>}
      <div className="grid gap-4">
        {data.groups.map((g) => (
          <GroupProgress key={g.id} group={g} assessmentId={assessmentId} />
        ))}
      </div>
      {data.unallocated.length > 0 && (
        <section
          aria-labelledby="dash-unallocated"
          className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h3 id="dash-unallocated" className="text-lg font-semibold">
            {t('noGroupHolds')}
          </h3>
          <AreaProgressTable caption={t('noGroupHolds')} areas={data.unallocated} assessmentId={assessmentId} />
        </section>
      )}
    </div>
  );
}
