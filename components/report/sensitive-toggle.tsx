'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useAnswerFlags } from './answer-flags-store';

/**
 * The "sensitive" flag of one answer: facilitators toggle it, senior management see it, and for
 * everyone else this renders nothing (the server never sends them the flags). A flagged answer
 * is left out of redacted exports. The flag is stored on the server (lib/services/checklist/answer-flags.ts),
 * never in the shared document, so no client can set or clear it by editing.
 */
export function SensitiveToggle({
  assessmentId,
  questionKey,
  questionNumber,
}: {
  assessmentId: string;
  questionKey: string;
  questionNumber: number | string;
}) {
  const t = useTranslations('answerFlag');
  const { access, flags, change } = useAnswerFlags(assessmentId);
  // The value being saved, shown at once; the server's answer (or a refusal) then settles it.
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announced, setAnnounced] = useState('');
  const sensitive = flags.has(questionKey);
  const busy = pending !== null;

  if (access === 'read') {
    return sensitive ? (
      <span
        className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900"
        title={t('badgeLabel', { number: questionNumber })}
      >
        <span className="sr-only">{t('badgeLabel', { number: questionNumber })}</span>
        <span aria-hidden="true">{t('sensitive')}</span>
      </span>
    ) : null;
  }
  if (access !== 'flag') return null;

  const toggle = async (on: boolean) => {
    setPending(on);
    setError(null);
    const refused = await change(questionKey, on);
    setPending(null);
    if (refused) setError(t('saveFailed', { error: refused }));
    else setAnnounced(t(on ? 'marked' : 'unmarked', { number: questionNumber }));
  };
  return (
    <span className="flex items-center gap-2">
      <label className="flex items-center gap-1 text-xs text-slate-700">
        <input
          type="checkbox"
          checked={pending ?? sensitive}
          aria-busy={busy}
          // Kept focusable while saving (disabling would drop keyboard focus); a second change waits for the first.
          onChange={(e) => {
            if (!busy) void toggle(e.target.checked);
          }}
          aria-label={t('toggleLabel', { number: questionNumber })}
        />
        {t('sensitive')}
      </label>
      <span role="status" className="sr-only">
        {announced}
      </span>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
