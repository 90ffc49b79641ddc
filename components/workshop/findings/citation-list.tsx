import Link from 'next/link';
import { STATUS_LABELS } from '@/components/checklist/status-select';
import { parseAnswerStatus } from '@/lib/collab/layout';
import { answerHref } from '@/lib/domain/findings-rules';
import type { TCitationPreview } from '@/lib/domain/findings-schema';
import { findQuestion } from '@/lib/idg/checklist';

type TCitationListProps = {
  assessmentId: string;
  keys: readonly string[];
  /** Shown under each key when given: the cited answer's text and evaluation. */
  previews?: Readonly<Record<string, TCitationPreview>>;
  /** Offered per citation when the viewer may change them. */
  onRemove?: (key: string) => void;
};

/** The question keys a finding cites, each a link back to its answer. */
export function CitationList({ assessmentId, keys, previews, onRemove }: TCitationListProps) {
  if (keys.length === 0) return <p className="text-sm text-slate-600">No questions cited.</p>;
  return (
    <ul aria-label="Cited questions" className="grid gap-1 text-sm">
      {keys.map((key) => {
        const question = findQuestion(key);
        const preview = previews?.[key];
        const status = parseAnswerStatus(preview?.status);
        return (
          <li key={key} className="rounded border border-slate-200 bg-slate-50 px-2 py-1">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={answerHref(assessmentId, key)} className="font-medium text-brand-700 hover:underline" title={question?.text}>
                {key}
              </Link>
              {question && <span className="line-clamp-1 min-w-0 flex-1 text-slate-700">{question.text}</span>}
              {onRemove && (
                <button type="button" onClick={() => onRemove(key)} className="rounded px-1.5 text-red-800 hover:bg-red-50" aria-label={`Remove citation ${key}`}>
                  Remove
                </button>
              )}
            </div>
            {preview && (
              <div className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-800">
                <p className="text-xs font-semibold text-slate-700">Evaluation: {status ? STATUS_LABELS[status] : 'not yet assessed'}</p>
                <p className="whitespace-pre-line">{preview.text || <span className="text-slate-500">No answer yet.</span>}</p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
