import type { TNotificationKind, TNotificationParams } from '../../contracts/notifications';
import { findArea, findQuestion } from '../../idg/checklist';

type TT = (
  key: `kind.${TNotificationKind}` | 'kind.assignment-reminder' | 'place.question' | 'place.questions',
  vars?: Record<string, string | number>,
) => string;

/**
 * What a notification says, in the reader's language (the page and the mails alike). A question is
 * named by its area and number, as people know it.
 */
export function notificationLine(
  t: TT,
  n: { kind: TNotificationKind; params: TNotificationParams },
  /** Writes an instant (a session's start) in the reader's language and zone; a due day stays as it is. */
  instant: (iso: string) => string = (iso) => iso,
): string {
  const { questionKey, count, ...params } = n.params;
  const question = questionKey ? findQuestion(questionKey) : undefined;
  const area = questionKey ? findArea(questionKey.split('.')[0] ?? '') : undefined;
  const place =
    area && count && count > 1
      ? t('place.questions', { n: count, area: area.title })
      : question && area
        ? t('place.question', { n: question.number, area: area.title })
        : (params.place ?? '');
  // A reminder is the system's doing, not a person's.
  const key = n.kind === 'assignment' && !params.actor ? 'kind.assignment-reminder' : (`kind.${n.kind}` as const);
  const due = params.due && params.due.includes('T') ? instant(params.due) : params.due;
  return t(key, { actor: '', ...params, due: due ?? '', place });
}
