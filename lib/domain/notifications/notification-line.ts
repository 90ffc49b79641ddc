import type { TNotificationKind, TNotificationParams } from '../../contracts/notifications';
import { findArea, findQuestion } from '../../idg/checklist';

type TT = (key: `kind.${TNotificationKind}` | 'place.question', vars?: Record<string, string | number>) => string;

/**
 * What a notification says, in the reader's language (the page and the mails alike). A question is
 * named by its area and number, as people know it.
 */
export function notificationLine(t: TT, n: { kind: TNotificationKind; params: TNotificationParams }): string {
  const { questionKey, ...params } = n.params;
  const question = questionKey ? findQuestion(questionKey) : undefined;
  const area = questionKey ? findArea(questionKey.split('.')[0] ?? '') : undefined;
  const place = question && area ? t('place.question', { n: question.number, area: area.title }) : (params.place ?? '');
  return t(`kind.${n.kind}`, { actor: '', due: '', ...params, place });
}
