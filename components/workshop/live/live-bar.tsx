'use client';

import { useT } from '@/lib/i18n/client';
import { liveMessages } from '@/lib/i18n/messages/live';
import { AnnouncementBanner } from './announcement-banner';
import { ConsolePanel } from './console-panel';
import { FollowIndicator } from './follow-indicator';
import { HandQueue } from './hand-queue';
import { LiveAnnouncer } from './live-announcer';
import { LiveMeetings } from './live-meetings';
import { useLiveRoom } from './live-room-provider';
import { PresenceSummary } from './presence-summary';
import { ReactionBar } from './reaction-bar';
import { TimerDisplay } from './timer-display';

/**
 * The live bar under the assessment's tabs: who is online, the timer, hands, reactions, follow-me;
 * and the console for facilitators.
 */
export function LiveBar() {
  const t = useT(liveMessages);
  const { isFacilitator, state } = useLiveRoom();
  return (
    <div className="mb-4">
      <AnnouncementBanner />
      <section
        aria-label={t('liveRoom')}
        className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 sm:px-4"
      >
        <PresenceSummary />
        <LiveAnnouncer />
        <TimerDisplay />
        {state?.breakoutActive && (
          <p className="text-sm" data-testid="live-breakouts">
            {t('breakoutsRunning')}
          </p>
        )}
        {state?.spotlight && (
          <p className="text-sm">
            <span aria-hidden="true">🔦 </span>
            {t('spotlight', { group: state.spotlight.groupName })}
          </p>
        )}
        <LiveMeetings />
        <FollowIndicator />
        <HandQueue />
        <ReactionBar />
      </section>
      {isFacilitator && <ConsolePanel />}
    </div>
  );
}
