'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LoadingStatus } from '@/components/ui/loading-status';
import { lazyComponent } from '@/components/ui/lazy-component';
import { useDiscussion } from './discussion-context';

// Each panel's code is fetched when a member first opens one: most page loads open none, and on
// a slow link every kilobyte before the answers can be typed counts.
const loading = () => <LoadingStatus className="text-sm text-slate-700" />;
const QuestionDiscussion = lazyComponent(() => import('./question-discussion').then((m) => m.QuestionDiscussion), {
  loading,
});
const QuestionEvidence = lazyComponent(() => import('./question-evidence').then((m) => m.QuestionEvidence), {
  loading,
});
const VersionHistory = lazyComponent(() => import('../history/version-history').then((m) => m.VersionHistory), {
  loading,
});

type TExtra = 'discussion' | 'evidence' | 'history';

/** The discussion, evidence and history of one question, each behind a disclosure button showing its count. */
export function QuestionExtras({ questionKey, label }: { questionKey: string; label: string }) {
  const t = useTranslations('checklist');
  const th = useTranslations('history');
  const { assessmentId, commentsOf, evidenceOf } = useDiscussion();
  const [open, setOpen] = useState<TExtra | null>(null);
  const panelId = `extras-${questionKey}`;
  const toggle = (which: TExtra) => setOpen((o) => (o === which ? null : which));
  const buttonClass =
    'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 aria-expanded:bg-brand-50 aria-expanded:border-brand-600';
  return (
    <div className="mt-2">
      <div className="flex gap-2">
        <button
          type="button"
          className={buttonClass}
          aria-expanded={open === 'discussion'}
          aria-controls={panelId}
          onClick={() => toggle('discussion')}
        >
          {t('discussion', { n: commentsOf(questionKey).length })}
        </button>
        <button
          type="button"
          className={buttonClass}
          aria-expanded={open === 'evidence'}
          aria-controls={panelId}
          onClick={() => toggle('evidence')}
        >
          {t('evidence', { n: evidenceOf(questionKey).length })}
        </button>
        <button
          type="button"
          className={buttonClass}
          aria-expanded={open === 'history'}
          aria-controls={panelId}
          onClick={() => toggle('history')}
        >
          {th('history')}
        </button>
      </div>
      {open && (
        <div id={panelId} className="mt-2 rounded border border-slate-200 bg-slate-50 p-2">
          {open === 'discussion' && <QuestionDiscussion questionKey={questionKey} />}
          {open === 'evidence' && <QuestionEvidence questionKey={questionKey} />}
          {open === 'history' && (
            <VersionHistory
              base={`/api/assessments/${assessmentId}/questions/${encodeURIComponent(questionKey)}/history`}
              label={th('historyOf', { n: label })}
            />
          )}
        </div>
      )}
    </div>
  );
}
