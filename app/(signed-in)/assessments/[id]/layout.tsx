import { withClientMessages } from '@/lib/i18n/client-messages';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { AssessmentNav } from '@/components/assessments/assessment-nav';
import { LiveBar } from '@/components/workshop/live/live-bar';
import { MeetingsProvider } from '@/components/workshop/meetings/meetings-provider';
import { LiveRoomProvider } from '@/components/workshop/live/live-room-provider';
import { pageAssessment, requirePageAccess } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isFacilitator } from '@/lib/domain/access/roles';
import { roleLabel } from '@/lib/i18n/domain-labels';
import { liveMeetings } from '@/lib/services/workshop/meeting-links';

export default withClientMessages(
  ['assessments', 'common', 'live', 'liveAnnouncer'],
  async function AssessmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
    const { id } = await params;
    const { user, membership } = await requirePageAccess(id, 'assessment.view', `/assessments/${id}`);
    const assessment = (await pageAssessment(id))!;
    const [t, td] = await Promise.all([getTranslations('assessments'), getTranslations('domain')]);
    const [tl, ts] = await Promise.all([getTranslations('library'), getTranslations('surveys')]);
    const [tm, tmodes] = await Promise.all([getTranslations('monitoring'), getTranslations('modes')]);
    const meetings = await liveMeetings(getDb(), id, user.id);
    // Where each person online is, named as the tabs name it (the live bar's list of who is here).
    const sectionLabels = {
      '': t('tabOverview'),
      checklist: t('tabChecklist'),
      groups: t('tabGroups'),
      'report-back': t('tabReportBack'),
      priorities: t('tabPriorities'),
      dashboard: t('tabDashboard'),
      plan: t('tabPlan'),
      report: t('tabReport'),
      sessions: t('tabSessions'),
      members: t('tabMembers'),
      practices: tmodes('practicesTab'),
      library: tl('tab'),
      surveys: ts('tab'),
      monitoring: tm('tabMonitoring'),
      review: tm('tabReview'),
    };
    return (
      <LiveRoomProvider assessmentId={id} sectionLabels={sectionLabels}>
        <p className="text-sm text-slate-600">
          {t('headerLine', {
            administration: assessment.administration,
            country: assessment.country,
            role: roleLabel(td, membership.role),
          })}
        </p>
        <h1 className="mb-4 text-2xl font-semibold">{assessment.title}</h1>
        <AssessmentNav
          assessmentId={id}
          stages={[
            {
              id: 'prepare',
              label: t('navStagePrepare'),
              tabs: [
                { href: '', label: t('tabOverview') },
                { href: '/sessions', label: t('tabSessions') },
                { href: '/members', label: t('tabMembers') },
                { href: '/groups', label: t('tabGroups') },
                { href: '/practices', label: tmodes('practicesTab') },
                { href: '/library', label: tl('tab') },
                { href: '/surveys', label: ts('tab') },
              ],
            },
            {
              id: 'assess',
              label: t('navStageAssess'),
              tabs: [
                { href: '/checklist', label: t('tabChecklist') },
                { href: '/report-back', label: t('tabReportBack') },
                ...(isFacilitator(membership.role) ? [{ href: '/cockpit', label: t('tabCockpit') }] : []),
                ...(isFacilitator(membership.role) ? [{ href: '/dashboard', label: t('tabDashboard') }] : []),
              ],
            },
            {
              id: 'plan',
              label: t('navStagePlan'),
              tabs: [
                { href: '/priorities', label: t('tabPriorities') },
                { href: '/plan', label: t('tabPlan') },
                { href: '/report', label: t('tabReport') },
              ],
            },
            {
              id: 'monitor',
              label: t('navStageMonitor'),
              tabs: [
                { href: '/monitoring', label: tm('tabMonitoring') },
                { href: '/review', label: tm('tabReview') },
              ],
            },
          ]}
        />
        <MeetingsProvider meetings={meetings}>
          <LiveBar />
        </MeetingsProvider>
        {children}
      </LiveRoomProvider>
    );
  },
);
