'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import type { TComment, TCommentResponse } from '@/lib/contracts/checklist';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { useFormat } from '@/lib/i18n/client';
import { useDiscussion } from './discussion-context';

/** A comment's text with its mentions marked, as text: nothing a user typed is ever rendered as HTML. */
function CommentBody({ comment }: { comment: TComment }) {
  const names = comment.mentions.map((m) => `@${m.name}`);
  if (names.length === 0) return <p className="whitespace-pre-wrap">{comment.body}</p>;
  const pattern = new RegExp(`(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  return (
    <p className="whitespace-pre-wrap">
      {comment.body.split(pattern).map((part, i) =>
        names.includes(part) ? (
          <strong key={i} className="rounded bg-brand-100 px-0.5 text-brand-900">
            {part}
          </strong>
        ) : (
          part
        ),
      )}
    </p>
  );
}

/** The comment thread of one question, with mentions of members. */
export function QuestionDiscussion({ questionKey }: { questionKey: string }) {
  const t = useTranslations('checklist');
  const f = useFormat();
  const { assessmentId, me, members, canComment, commentsOf, addComment } = useDiscussion();
  const comments = commentsOf(questionKey);
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputId = `comment-${questionKey}`;

  function mention(userId: string) {
    const member = members.find((m) => m.id === userId);
    if (!member) return;
    setBody((b) => `${b}${b && !b.endsWith(' ') ? ' ' : ''}@${member.name} `);
    setMentions((m) => (m.includes(userId) ? m : [...m, userId]));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    // Only mentions still present in the text are sent.
    const kept = mentions.filter((id) => body.includes(`@${members.find((m) => m.id === id)?.name}`));
    const res = await sendJson<TCommentResponse>(
      `/api/assessments/${assessmentId}/questions/${questionKey}/comments`,
      'POST',
      { body, mentions: kept },
    );
    setPending(false);
    if (!res.ok) return setError(res.fieldErrors.body?.[0] ?? res.error);
    addComment(res.data.comment);
    setBody('');
    setMentions([]);
    setError(null);
  }

  return (
    <div className="grid gap-2">
      {comments.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noComments')}</p>
      ) : (
        <ol className="grid gap-2" aria-label={t('comments')}>
          {comments.map((c) => (
            <li
              key={c.id}
              className={`rounded border p-2 text-sm ${c.mentions.some((m) => m.id === me.id) ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}
            >
              <p className="text-xs text-slate-600">
                <strong className="text-slate-800">{c.author.name}</strong> ·{' '}
                <time dateTime={c.createdAt}>{f.dateTime(c.createdAt)}</time>
                {c.mentions.some((m) => m.id === me.id) && (
                  <span className="ml-1 font-semibold text-brand-700">{t('mentionsYou')}</span>
                )}
              </p>
              <CommentBody comment={c} />
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <form onSubmit={(e) => void onSubmit(e)} className="grid gap-2">
          <label htmlFor={inputId} className="text-sm font-medium">
            {t('addComment')}
          </label>
          <textarea
            id={inputId}
            rows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            className={inputClass}
            aria-invalid={Boolean(error)}
          />
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          <div className="flex flex-wrap items-center gap-2">
            <label className="sr-only" htmlFor={`${inputId}-mention`}>
              {t('mentionMember')}
            </label>
            <select
              id={`${inputId}-mention`}
              className={`${inputClass} !py-1`}
              value=""
              onChange={(e) => mention(e.target.value)}
            >
              <option value="">{t('mentionPlaceholder')}</option>
              {members
                .filter((m) => m.id !== me.id)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
            </select>
            <Button type="submit" disabled={pending || !body.trim()} className="!py-1">
              {pending ? t('posting') : t('postComment')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
