'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { TWorkshopSession } from '@/lib/contracts/sessions';
import { useFormat } from '@/lib/i18n/client';

type TProps = { assessmentId: string; sessions: TWorkshopSession[] };

/** The agenda of the assessment as the terms of reference and pre-mission report carry it: the sessions' own. */
export function MissionAgenda({ assessmentId, sessions }: TProps) {
  const t = useTranslations('governance');
  const f = useFormat();
  return (
    <section aria-labelledby="mission-agenda-h" className="grid gap-2">
      <h3 id="mission-agenda-h" className="font-semibold">
        {t('agendaHeading')}
      </h3>
      <p className="text-sm text-slate-700">
        {t.rich('agendaIntro', {
          link: (chunks) => (
            <Link className="text-brand-700 hover:underline" href={`/assessments/${assessmentId}/sessions`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      {sessions.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noAgenda')}</p>
      ) : (
        <ol className="grid gap-2 text-sm">
          {sessions.map((s) => (
            <li key={s.id} className="rounded border border-slate-200 bg-white p-2">
              <p className="font-medium">
                {t('agendaSession', { title: s.title, start: f.dateTime(s.startsAt), end: f.time(s.endsAt) })}
              </p>
              {s.agenda.length === 0 ? (
                <p className="text-slate-600">{t('noItems')}</p>
              ) : (
                <ol className="ml-5 list-decimal">
                  {s.agenda.map((item, i) => (
                    <li key={i}>
                      {item.startsAt && <span className="tabular-nums">{f.time(item.startsAt)} </span>}
                      {item.title}
                      {item.durationMinutes !== undefined && (
                        <span className="text-slate-600"> ({t('minutes', { n: item.durationMinutes })})</span>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
