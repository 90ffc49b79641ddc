'use client';

import { useTranslations } from 'next-intl';
import { lazyComponent } from '@/components/ui/lazy-component';
import { LoadingStatus } from '@/components/ui/loading-status';
import type { TPriorities } from '@/lib/contracts/priorities';
import type { TCriterionOption } from './criteria';

// Results exist once a rating round has been seen; until then (and on every page load before the
// first round) the ranking, the heat map and the matrix, with the table component they draw with,
// are code the page need not fetch.
const RoundResults = lazyComponent(() => import('./round-results').then((m) => m.RoundResults), {
  loading: () => <LoadingStatus className="text-sm text-slate-700" />,
});

type TResultsViewProps = {
  assessmentId: string;
  data: TPriorities;
  criteria: TCriterionOption[];
  canAgree: boolean;
  reload: () => void;
};

/** The results section: what the latest visible rating round gave, or that there is none yet. */
export function ResultsView({ data, ...props }: TResultsViewProps) {
  const t = useTranslations('prioritisation');
  const { round } = data;
  if (!round) return <p className="text-sm text-slate-700">{t('noResults')}</p>;
  return <RoundResults data={{ ...data, round }} {...props} />;
}
