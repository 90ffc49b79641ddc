'use client';

import { useTranslations } from 'next-intl';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { fetchJson } from '@/components/ui/query-fetch';
import { lazyComponent } from '@/components/ui/lazy-component';
import { queryKeys } from '@/components/ui/query-keys';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';
import type { TActivitiesResponse, TCandidateActivity, TPriorities } from '@/lib/contracts/priorities';
import { ActivityManager } from './activity-manager';
import { CriteriaManager } from './criteria-manager';
import type { TCriterionOption } from './criteria';
import { ResultsView } from './results-view';
import { useVotingRound } from './use-voting-round';

// Shown only while a round of their kind runs, which the live room tells after the page loaded.
const RatingGrid = lazyComponent(() => import('./rating-grid').then((m) => m.RatingGrid));
const DotBallot = lazyComponent(() => import('./dot-ballot').then((m) => m.DotBallot));
// Only those who run the session see these: their code reaches only their browsers.
const RoundConsole = lazyComponent(() => import('./round-console').then((m) => m.RoundConsole));
const WeightsForm = lazyComponent(() => import('./weights-form').then((m) => m.WeightsForm));

type TPrioritiesViewProps = {
  assessmentId: string;
  /** The guide's eight criteria in the member's language; those the working group added come with the results. */
  criteria: { id: string; title: string }[];
  initialActivities: TCandidateActivity[];
  initialPriorities: TPriorities;
  canManage: boolean;
  canVote: boolean;
};

/**
 * Action planning step 1 in one page: the candidate activities, the live round, and the results the group agrees on.
 */
export function PrioritiesView({
  assessmentId,
  criteria: guideCriteria,
  initialActivities,
  initialPriorities,
  canManage,
  canVote,
}: TPrioritiesViewProps) {
  const t = useTranslations('prioritisation');
  const queryClient = useQueryClient();
  const activities = useQuery({
    queryKey: queryKeys.activities(assessmentId),
    queryFn: () =>
      fetchJson<TActivitiesResponse>(`/api/assessments/${assessmentId}/activities`).then((res) => res.activities),
    initialData: initialActivities,
  }).data;
  const data = useQuery({
    queryKey: queryKeys.priorities(assessmentId),
    queryFn: () => fetchJson<TPriorities>(`/api/assessments/${assessmentId}/priorities`),
    initialData: initialPriorities,
  }).data;
  const { connected, round, mine, send, rate, placeDots } = useVotingRound();

  const reload = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.activities(assessmentId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.priorities(assessmentId) });
  }, [assessmentId, queryClient]);

  // Activities added, edited, merged or agreed by a facilitator elsewhere arrive as a signal over
  // the layout's live socket (which reads everything again on every (re)join, for what it missed).
  const shared = useSharedLiveSocket();
  const socket = shared?.assessmentId === assessmentId ? shared.socket : null;
  useEffect(() => {
    if (!socket) return;
    socket.on('activities:changed', reload);
    return () => {
      socket.off('activities:changed', reload);
    };
  }, [socket, reload]);

  // Results follow the round: reloaded (at most twice a second) when its tally, state or visibility changes.
  const roundKey = round ? `${round.id}:${round.status}:${round.revealed}:${round.tally ? round.version : ''}` : '';
  useEffect(() => {
    if (!roundKey) return;
    const timer = setTimeout(reload, 500);
    return () => clearTimeout(timer);
  }, [roundKey, reload]);

  const criteria: TCriterionOption[] = [
    ...guideCriteria,
    ...data.addedCriteria.map((c) => ({ id: c.id, title: c.name, description: c.description, added: true })),
  ];
  const active = activities.filter((a) => a.status === 'active');
  const inRound = round ? round.activityIds.flatMap((id) => activities.filter((a) => a.id === id)) : [];
  return (
    <div className="grid gap-8">
      <section aria-labelledby="candidates-h" className="grid gap-2">
        <h2 id="candidates-h" className="text-lg font-semibold">
          {t('candidatesHeading')}
        </h2>
        <ActivityManager assessmentId={assessmentId} activities={activities} canManage={canManage} reload={reload} />
      </section>

      <section aria-labelledby="round-h" className="grid gap-3">
        <h2 id="round-h" className="text-lg font-semibold">
          {t('roundHeading')}
        </h2>
        <p role="status" className="text-sm" data-testid="round-status">
          {!connected
            ? t('connecting')
            : !round
              ? t('noRound')
              : t('roundStatus', {
                  state: t(round.status === 'open' ? 'state.open' : 'state.closed'),
                  kind: t(round.kind === 'rating' ? 'kind.rating' : 'kind.dots'),
                  anonymous: round.anonymous ? t('anonymousSuffix') : '',
                  results: t(
                    round.results === 'live' ? 'results.live' : round.revealed ? 'results.revealed' : 'results.hidden',
                  ),
                  n: round.voters,
                })}
        </p>
        <CriteriaManager
          assessmentId={assessmentId}
          guideCriteria={guideCriteria}
          added={data.addedCriteria}
          canManage={canManage}
          onChanged={reload}
        />
        {canManage && <RoundConsole activities={active} criteria={criteria} round={round} send={send} />}
        {round?.kind === 'rating' && round.status === 'open' && canVote && (
          <RatingGrid
            activities={inRound}
            criteria={criteria.filter((c) => round.criteria.includes(c.id))}
            mine={mine.ratings}
            disabled={round.status !== 'open'}
            rate={rate}
          />
        )}
        {round?.kind === 'dots' && (
          <DotBallot round={round} activities={inRound} mine={mine.dots} canVote={canVote} placeDots={placeDots} />
        )}
      </section>

      <section aria-labelledby="results-h" className="grid gap-3">
        <h2 id="results-h" className="text-lg font-semibold">
          {t('resultsHeading')}
        </h2>
        {canManage && (
          <WeightsForm
            key={JSON.stringify(data.weights)}
            assessmentId={assessmentId}
            criteria={criteria}
            weights={data.weights}
            onSaved={reload}
          />
        )}
        <ResultsView assessmentId={assessmentId} data={data} criteria={criteria} canAgree={canManage} reload={reload} />
      </section>
    </div>
  );
}
