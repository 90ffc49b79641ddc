'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TRoundView } from '@/lib/realtime/voting-events';
import type { TVotingRound } from './use-voting-round';
import { refusalText } from '@/components/ui/api-client';
import { type TCriterionOption, CriterionTitle } from './criteria';

type TRoundConsoleProps = {
  activities: { id: string; title: string }[];
  criteria: TCriterionOption[];
  round: TRoundView | null;
  send: TVotingRound['send'];
};

/** The facilitators' controls: open a rating or dot round over chosen activities, close it, reveal its results. */
export function RoundConsole({ activities, criteria, round, send }: TRoundConsoleProps) {
  const t = useTranslations('prioritisation');
  const [kind, setKind] = useState<'rating' | 'dots'>('rating');
  const [chosen, setChosen] = useState<string[]>([]);
  // What is left out rather than what is in: a criterion added meanwhile is ticked like the others.
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const chosenCriteria = criteria.map((c) => c.id).filter((id) => !leftOut.includes(id));
  const [anonymous, setAnonymous] = useState(false);
  const [results, setResults] = useState<'live' | 'hidden'>('hidden');
  const [budget, setBudget] = useState(5);
  const [cap, setCap] = useState(2);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const picked = chosen.filter((id) => activities.some((a) => a.id === id));
  const activityIds = picked.length ? picked : activities.map((a) => a.id);

  const run = async (p: Promise<{ ok: boolean; error?: string }>) => {
    setBusy(true);
    setError(null);
    const res = await p;
    setBusy(false);
    if (!res.ok) setError(await refusalText(res));
  };
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  if (round?.status === 'open') {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="danger" disabled={busy} onClick={() => void run(send('round:close', { roundId: round.id }))}>
          {t('closeRound')}
        </Button>
        {!round.revealed && round.results === 'hidden' && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void run(send('round:reveal', { roundId: round.id }))}
          >
            {t('reveal')}
          </Button>
        )}
        <FormError message={error} />
      </div>
    );
  }
  return (
    <form
      className="grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const options = { activityIds, anonymous, results };
        void run(
          send(
            'round:open',
            kind === 'rating' ? { kind, ...options, criteria: chosenCriteria } : { kind, ...options, budget, cap },
          ),
        );
      }}
    >
      {round && !round.revealed && round.results === 'hidden' && (
        <Button
          variant="secondary"
          disabled={busy}
          className="justify-self-start"
          onClick={() => void run(send('round:reveal', { roundId: round.id }))}
        >
          {t('reveal')}
        </Button>
      )}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="font-semibold">{t('newRound')}</legend>
        {(['rating', 'dots'] as const).map((k) => (
          <label key={k} className="flex items-center gap-1 text-sm">
            <input type="radio" name="round-kind" checked={kind === k} onChange={() => setKind(k)} />
            {k === 'rating' ? t('kindRating') : t('kindDots')}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-1">
        <legend className="text-sm font-medium">{t('roundActivities', { n: activities.length })}</legend>
        {activities.map((a) => (
          <label key={a.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={chosen.includes(a.id)} onChange={() => setChosen((c) => toggle(c, a.id))} />
            {a.title}
          </label>
        ))}
      </fieldset>
      {kind === 'rating' ? (
        <fieldset className="flex flex-wrap gap-3">
          <legend className="text-sm font-medium">{t('criteria')}</legend>
          {criteria.map((c) => (
            <label key={c.id} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                checked={chosenCriteria.includes(c.id)}
                onChange={() => setLeftOut((l) => toggle(l, c.id))}
              />
              <CriterionTitle criterion={c} />
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="flex flex-wrap gap-3">
          <label className="flex flex-col text-sm">
            {t('dotsPerPerson')}
            <input
              type="number"
              min={1}
              max={50}
              value={budget}
              onChange={(e) => setBudget(Number(e.target.value))}
              className={`${inputClass} w-24`}
            />
          </label>
          <label className="flex flex-col text-sm">
            {t('dotCap')}
            <input
              type="number"
              min={1}
              max={50}
              value={cap}
              onChange={(e) => setCap(Number(e.target.value))}
              className={`${inputClass} w-24`}
            />
          </label>
        </div>
      )}
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          {t('anonymous')}
        </label>
        <label htmlFor="round-results" className="flex items-center gap-1">
          {t('resultsLabel')}
        </label>
        <select
          id="round-results"
          value={results}
          onChange={(e) => setResults(e.target.value === 'live' ? 'live' : 'hidden')}
          className={inputClass}
        >
          <option value="hidden">{t('resultsHidden')}</option>
          <option value="live">{t('resultsLive')}</option>
        </select>
      </div>
      <Button
        type="submit"
        disabled={busy || activities.length === 0 || (kind === 'rating' && chosenCriteria.length === 0)}
        className="justify-self-start"
      >
        {t('openRound')}
      </Button>
      <FormError message={error} />
    </form>
  );
}
