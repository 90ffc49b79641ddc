'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/lib/i18n/client';
import { useLiveRoom } from './live-room-provider';

/** The agenda item running now and when it is expected to end, in the reader's zone; nothing between items. */
export function CurrentAgendaItem() {
  const { agendaItem } = useLiveRoom();
  const t = useTranslations('live');
  const f = useFormat();
  if (!agendaItem) return null;
  return (
    <p className="text-sm font-medium" data-testid="live-agenda-item">
      {t('agendaNow', { title: agendaItem.title, time: f.time(agendaItem.endsAt) })}
      {agendaItem.lateMinutes > 0 && (
        <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">
          {t('agendaLate', { n: agendaItem.lateMinutes })}
        </span>
      )}
    </p>
  );
}
