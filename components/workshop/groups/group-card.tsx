import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { roleLabel } from '@/lib/i18n/domain-labels';
import type { TGroup } from '@/lib/contracts/workshop';
import { MeetingLink } from '../meetings/meeting-link';
import { GroupEditor } from './group-editor';
import type { TMemberOption } from './types';

type TProps = { assessmentId: string; group: TGroup; manage: { members: TMemberOption[] } | null };

const editorKey = (g: TGroup) =>
  [g.name, g.rapporteur?.id ?? '', g.meetingUrl ?? '', ...g.members.map((m) => m.id)].join('|');

/** One breakout group: its areas, members, rapporteur and meeting link; with its editor for facilitators. */
export async function GroupCard({ assessmentId, group, manage }: TProps) {
  const [t, td] = await Promise.all([getTranslations('workshop'), getTranslations('domain')]);
  const questions = group.areas.reduce((n, a) => n + a.questions, 0);
  const headingId = `group-${group.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h3 id={headingId} className="text-lg font-semibold">
          {group.name}
        </h3>
        <p className="text-xs text-slate-600">
          {t('areasQuestions', { areas: group.areas.length, questions })} ·{' '}
          {t('membersCount', { n: group.members.length })}
        </p>
        <Link
          href={`/assessments/${assessmentId}/groups/${group.id}`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t('findings')}
          <span className="sr-only">{t('findingsOf', { group: group.name })}</span>
        </Link>
        {group.meetingUrl && (
          <p className="text-sm">
            <MeetingLink url={group.meetingUrl} of={group.name} />
          </p>
        )}
      </div>
      <div>
        <h4 className="text-sm font-semibold">{t('areas')}</h4>
        {group.areas.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noAreasYet')}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {group.areas.map((a) => (
              <li key={a.id}>
                <Link
                  href={`/assessments/${assessmentId}/checklist/${a.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {a.label}
                </Link>{' '}
                <span className="text-slate-600">{t('nQuestions', { n: a.questions })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="text-sm font-semibold">{t('members')}</h4>
        {group.members.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noMembersYet')}</p>
        ) : (
          <ul className="text-sm">
            {group.members.map((m) => (
              <li key={m.id}>
                {m.name} <span className="text-slate-600">({roleLabel(td, m.role)})</span>
                {group.rapporteur?.id === m.id && (
                  <span className="ml-2 rounded bg-brand-100 px-1.5 text-xs font-medium text-brand-900">
                    {t('rapporteur')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-1 text-sm">
          {t('rapporteurIs')}
          {group.rapporteur ? group.rapporteur.name : <span className="text-slate-600">{t('notChosen')}</span>}
        </p>
      </div>
      {manage && (
        // Keyed on the saved state, so the editor starts afresh when someone else changes the group.
        <GroupEditor key={editorKey(group)} assessmentId={assessmentId} group={group} members={manage.members} />
      )}
    </section>
  );
}
