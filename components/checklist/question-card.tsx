'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { TCollabUser } from '@/lib/collab/collab-session';
import type { TAnswerStatus } from '@/lib/collab/layout';
import type { TEffectiveQuestion } from '@/lib/domain/checklist/checklist-adaptation';
import { QuestionDocuments } from '@/components/library/question-documents';
import { SensitiveToggle } from '@/components/report/sensitive-toggle';
import { useLocale } from 'next-intl';
import { AnswerEditor } from './answer-editor';
import { useDiscussion } from './discussion-context';
import { type TQuestionState, isAnswered } from './checklist-store';
import { PresenceAvatars } from './presence-avatars';
import { timeAgo } from './relative-time';
import { QuestionExtras } from './question-extras';
import { QuestionChangeBadge } from './history/catch-up';
import { StatusSelect } from './status-select';
import { EvaluationGuide } from './evaluation-guide';
import { HideQuestionControl } from './adaptation/hide-question';
import { QuestionText } from './adaptation/question-text';

/** The live document a question binds to; null until the area's document exists. */
export type TQuestionBinding = { doc: Y.Doc; awareness: Awareness; user: TCollabUser } | null;

type TQuestionCardProps = {
  /** A question of the assessment's effective checklist: the guide's or added, with its translation. */
  question: TEffectiveQuestion;
  /** The sub-heading to show above this question, when it is the first shown of its subsection. */
  heading: string | null;
  hidden: boolean;
  state: TQuestionState | undefined;
  others: readonly TCollabUser[];
  binding: TQuestionBinding;
  editable: boolean;
  now: number | null;
  selfId: string;
  onStatusChange: (key: string, value: TAnswerStatus | null) => void;
  onFocusChange: (key: string, focused: boolean) => void;
};

// Creating 20-36 Tiptap editors at once stalls the page; an editor is created when its question
// comes near the viewport and then kept, so that scrolling back is instant and carets stay.
const NEAR_VIEWPORT = '600px 0px';

function useNearViewport(): [React.RefObject<HTMLDivElement | null>, boolean] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: NEAR_VIEWPORT,
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near];
}

/** One checklist question: its text, who is on it, the collaborative answer, its evaluation and last edit. */
export function QuestionCard({
  question,
  heading,
  hidden,
  state,
  others,
  binding,
  editable,
  now,
  selfId,
  onStatusChange,
  onFocusChange,
}: TQuestionCardProps) {
  const t = useTranslations('checklist');
  const locale = useLocale();
  const [editorSlot, near] = useNearViewport();
  const answered = isAnswered(state);
  const textId = `q-${question.key}-text`;
  const lastEdit = state?.lastEdit;
  const { assessmentId } = useDiscussion();
  return (
    <li
      id={`q-${question.key}`}
      hidden={hidden}
      aria-labelledby={textId}
      className="rounded-md border border-slate-200 bg-white p-3"
    >
      {heading && <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{heading}</p>}
      <div className="flex items-start justify-between gap-3">
        <QuestionText question={question} id={textId} />
        <PresenceAvatars users={others} />
      </div>
      <QuestionChangeBadge questionKey={question.key} label={question.label} />
      <div ref={editorSlot} className="mt-2">
        {binding && near ? (
          <AnswerEditor
            doc={binding.doc}
            awareness={binding.awareness}
            user={binding.user}
            questionKey={question.key}
            label={t('answerTo', { n: question.label })}
            toolbarLabel={t('formatting', { n: question.label })}
            editable={editable}
            onFocusChange={(focused) => onFocusChange(question.key, focused)}
          />
        ) : (
          <div className="min-h-16 rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-500">
            {t('loadingAnswer')}
          </div>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-3">
          <StatusSelect
            questionNumber={question.label}
            value={state?.status ?? null}
            disabled={!editable}
            onChange={(value) => onStatusChange(question.key, value)}
          />
          <SensitiveToggle assessmentId={assessmentId} questionKey={question.key} questionNumber={question.label} />
          <HideQuestionControl questionKey={question.key} label={question.label} />
        </div>
        <p className="text-xs text-slate-600">
          <span className={answered ? 'font-medium text-green-800' : ''}>
            {answered ? `✓ ${t('answered')}` : t('notAnswered')}
          </span>
          {lastEdit && (
            <>
              {' · '}
              {lastEdit.userId === selfId ? t('editedByYou') : t('editedBy', { name: lastEdit.name })}
              {now !== null && `, ${timeAgo(lastEdit.at, now, locale, t('justNow'))}`}
            </>
          )}
        </p>
      </div>
      <EvaluationGuide
        questionNumber={question.label}
        value={state?.status ?? null}
        disabled={!editable}
        onChange={(value) => onStatusChange(question.key, value)}
      />
      <QuestionDocuments assessmentId={assessmentId} questionKey={question.key} />
      <QuestionExtras questionKey={question.key} label={question.label} />
    </li>
  );
}
