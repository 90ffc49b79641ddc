'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TFindingCommentRecord, TFindingCommentResponse } from '@/lib/contracts/report-back';
import { useFormat } from '@/lib/i18n/client';

type TCommentThreadProps = {
  assessmentId: string;
  groupId: string;
  findingId: string;
  name: string;
  comments: readonly TFindingCommentRecord[];
  canComment: boolean;
  onAdded: (comment: TFindingCommentRecord) => void;
};

/** The plenary's comments on one finding, oldest first, with a form for those who may comment. */
export function CommentThread({
  assessmentId,
  groupId,
  findingId,
  name,
  comments,
  canComment,
  onAdded,
}: TCommentThreadProps) {
  const t = useTranslations('workshop');
  const f = useFormat();
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await sendJson<TFindingCommentResponse>(
      `/api/assessments/${assessmentId}/findings/${findingId}/comments`,
      'POST',
      { groupId, body },
    );
    setBusy(false);
    if (!res.ok) {
      setError(res.fieldErrors.body?.[0] ?? res.error);
      return;
    }
    onAdded(res.data.comment);
    setBody('');
  };
  return (
    <div className="grid gap-2">
      <h5 className="text-sm font-semibold">{t('comments', { n: comments.length })}</h5>
      {/* New comments from others arrive live: announced politely. */}
      <ul aria-live="polite" className="grid gap-1 text-sm">
        {comments.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 bg-slate-50 px-2 py-1">
            <p className="text-xs text-slate-600">
              <span className="font-semibold text-slate-800">{c.author.name}</span> ·{' '}
              <time dateTime={c.createdAt}>{f.dateTime(c.createdAt)}</time>
            </p>
            <p className="whitespace-pre-line">{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment && (
        <form onSubmit={(e) => void submit(e)} className="grid gap-1">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {t('commentOn', { name })}
          </label>
          <textarea
            id={id}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={2}
            maxLength={5000}
            className={inputClass}
          />
          <FormError message={error} />
          <div>
            <Button type="submit" variant="secondary" disabled={busy || body.trim() === ''}>
              {t('postComment')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
