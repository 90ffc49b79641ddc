import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideTranslationNote } from '@/components/guide/guide-translation-note';
import { SessionCard } from '@/components/workshop/sessions/session-card';
import { SessionForm } from '@/components/workshop/sessions/session-form';
import type { TScheduleContext } from '@/components/workshop/sessions/types';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { can } from '@/lib/domain/access/permissions';
import { sessionPhase } from '@/lib/domain/workshop/session-phase';
import { zoneLabel } from '@/lib/domain/time/time-zones';
import { findArea } from '@/lib/idg/checklist';
import { activityTitle } from '@/lib/i18n/guide-words';
import { getLocale } from '@/lib/i18n/server';
import { guideNames } from '@/lib/services/checklist/guide-names';
import { assessmentSteps } from '@/lib/idg/process';
import { listMembers } from '@/lib/services/accounts/members';
import { groupsOverview } from '@/lib/services/workshop/group-overview';
import { listAttendance, listSessions } from '@/lib/services/workshop/sessions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workshop');
  return { title: t('sessionsTitle') };
}

export default withClientMessages(
  ['live', 'workshop'],
  async function SessionsPage({ params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}/sessions`);
    const db = getDb();
    const [t, names] = await Promise.all([getTranslations('workshop'), getLocale().then((l) => guideNames(db, id, l))]);
    const [assessment, sessions, members, { groups }] = await Promise.all([
      pageAssessment(id),
      listSessions(db, id),
      listMembers(db, id),
      groupsOverview(db, id, undefined, names.area),
    ]);
    // Until a member sets their zone, the administration's is the best guess for them.
    const zone = user.timeZone ?? assessment!.timeZone;
    const now = new Date();
    const phased = sessions.map((s) => ({ session: s, phase: sessionPhase(s, now) }));
    const attendance = new Map(
      await Promise.all(
        phased
          .filter((p) => p.phase !== 'upcoming')
          .map(async (p) => [p.session.id, await listAttendance(db, p.session.id)] as const),
      ),
    );
    const context: TScheduleContext | null = can(membership.role, 'session.run')
      ? {
          assessmentId: id,
          zone,
          members: members.map((m) => ({
            name: m.name,
            timeZone: m.timeZone ?? assessment!.timeZone,
            assumed: !m.timeZone,
          })),
          activities: assessmentSteps.flatMap((s) =>
            s.activities.map((a) => ({
              code: a.code,
              title: activityTitle(names.t, a.code, a.title),
              step: s.step,
              stepTitle: s.title,
            })),
          ),
          owners: members.map((m) => ({ id: m.userId, name: m.name })),
          groups: groups.map((g) => ({ id: g.id, name: g.name })),
          areas: assessment!.areas.flatMap((areaId) => {
            const area = findArea(areaId);
            return area ? [{ id: area.id, label: names.area(area) }] : [];
          }),
        }
      : null;
    const current = phased.filter((p) => p.phase !== 'past');
    const past = phased.filter((p) => p.phase === 'past').reverse();
    const card = (p: (typeof phased)[number]) => (
      <li key={p.session.id}>
        <SessionCard
          session={p.session}
          phase={p.phase}
          zone={zone}
          attendance={attendance.get(p.session.id) ?? null}
          context={context}
          areaName={names.area}
        />
      </li>
    );

    return (
      <div className="grid gap-8">
        <p className="text-sm text-slate-700">
          {t('timesIn', { zone: zoneLabel(zone) })}
          {user.timeZone ? (
            <>
              {t('yourZone')}
              <Link href="/profile" className="text-brand-700 underline underline-offset-2">
                {t('changeIt')}
              </Link>
              ).
            </>
          ) : (
            <>
              {t('adminZone')}
              <Link href="/profile" className="text-brand-700 underline underline-offset-2">
                {t('setIt')}
              </Link>
              ).
            </>
          )}
        </p>
        <GuideTranslationNote />

        <section aria-labelledby="upcoming-heading" className="grid gap-3">
          <h2 id="upcoming-heading" className="text-lg font-semibold">
            {t('upcomingHeading')}
          </h2>
          {current.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
              {t('noSession')} {context ? t('scheduleBelow') : t('facilitatorsWillSchedule')}
            </p>
          ) : (
            <ul className="grid gap-3">{current.map(card)}</ul>
          )}
        </section>

        {context && (
          <section
            aria-labelledby="schedule-heading"
            className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 id="schedule-heading" className="text-lg font-semibold">
              {t('scheduleHeading')}
            </h2>
            <SessionForm context={context} />
          </section>
        )}

        {past.length > 0 && (
          <section aria-labelledby="past-heading" className="grid gap-3">
            <h2 id="past-heading" className="text-lg font-semibold">
              {t('pastHeading')}
            </h2>
            <ul className="grid gap-3">{past.map(card)}</ul>
          </section>
        )}
      </div>
    );
  },
);
