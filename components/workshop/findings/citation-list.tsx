'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { AddedMark } from '@/components/checklist/adaptation/added-mark';
import { parseAnswerStatus } from '@/lib/collab/layout';
import { answerHref } from '@/lib/domain/workshop/findings-rules';
import type { TCitationPreview } from '@/lib/contracts/report-back';
import { answerStatusLabel } from '@/lib/i18n/domain-labels';
import { questionRef } from '@/lib/i18n/question-ref';
import type { TCitableArea } from './types';

type TCitationListProps = {
  assessmentId: string;
  keys: readonly string[];
  /** Shown under each key when given: the cited answer's text and evaluation. */
  previews?: Readonly<Record<string, TCitationPreview>>;
  /** Offered per citation when the viewer may change them. */
  onRemove?: (key: string) => void;
  /** The assessment's questions (added ones too), where the page has them; else the previews name them. */
  areas?: readonly TCitableArea[];
};

type TCitedQuestion = { label: string; text: string; added: boolean };

// The cited question as the assessment shows it: an added one (`<area>.a<n>`) is not in the guide.
// Without the page's questions or a preview yet (the report-back reads them after its documents),
// a citation is its reference alone for that moment: the guide's whole checklist, 14 kB, is not
// worth a second of question text.
function citedQuestion(
  key: string,
  preview: TCitationPreview | undefined,
  areas: readonly TCitableArea[] | undefined,
): TCitedQuestion | null {
  if (preview) return { label: preview.label, text: preview.question, added: preview.added };
  return areas?.flatMap((a) => a.questions).find((q) => q.key === key) ?? null;
}

/** The question keys a finding cites, each a link back to its answer. */
export function CitationList({ assessmentId, keys, previews, onRemove, areas }: TCitationListProps) {
  const t = useTranslations('workshop');
  const td = useTranslations('domain');
  const tw = useTranslations('guideWords');
  if (keys.length === 0) return <p className="text-sm text-slate-600">{t('noCitations')}</p>;
  return (
    <ul aria-label={t('citedQuestions')} className="grid grid-cols-1 gap-1 text-sm">
      {keys.map((key) => {
        const preview = previews?.[key];
        const question = citedQuestion(key, preview, areas);
        const status = parseAnswerStatus(preview?.status);
        return (
          <li key={key} className="rounded border border-slate-200 bg-slate-50 px-2 py-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={answerHref(assessmentId, key)}
                className="font-medium text-brand-700 hover:underline"
                title={question?.text}
                data-question-key={key}
              >
                {questionRef(td, tw, key, question?.label)}
              </Link>
              {question && (
                <span className="line-clamp-1 min-w-0 flex-1 text-slate-700">
                  <span className="mr-1 font-semibold tabular-nums">{question.label}.</span>
                  {question.text}
                  {question.added && <AddedMark />}
                </span>
              )}
              {onRemove && (
                <button
                  type="button"
                  onClick={() => onRemove(key)}
                  className="rounded px-1.5 text-red-800 hover:bg-red-50"
                  aria-label={t('removeCitation', { key: questionRef(td, tw, key, question?.label) })}
                >
                  {t('remove')}
                </button>
              )}
            </div>
            {preview && (
              <div className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-800">
                <p className="text-xs font-semibold text-slate-700">
                  {t('evaluation', { status: answerStatusLabel(td, status) })}
                </p>
                <p className="whitespace-pre-line">
                  {preview.text || <span className="text-slate-600">{t('noAnswerYet')}</span>}
                </p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
