'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { AnnouncementBanner } from './announcement-banner';
import { CurrentAgendaItem } from './current-agenda-item';
import { HandQueue } from './hand-queue';
import { LiveAnnouncer } from './live-announcer';
import { LiveMeetings } from './live-meetings';
import { useLiveRoom } from './live-room-provider';
import { PresencePanel, PresenceSummary } from './presence-summary';
import { ReactionBar } from './reaction-bar';

// Only facilitators run the session: the console's code reaches only their browsers.
const ConsolePanel = lazyComponent(() => import('./console-panel').then((m) => m.ConsolePanel));
// Shown only while a timer runs or someone leads follow-me: fetched then, not with every page.
const TimerDisplay = lazyComponent(() => import('./timer-display').then((m) => m.TimerDisplay));
const FollowIndicator = lazyComponent(() => import('./follow-indicator').then((m) => m.FollowIndicator));

// Read by the pages' own toolbars, sticky from small screens up, to sit under the strip.
const STRIP_HEIGHT = '--live-strip-height';

/**
 * The live bar under the assessment's tabs: who is online, the timer, hands, reactions, follow-me;
 * and the console for facilitators. The strip sticks to the top of the window so the timer and
 * announcements stay in sight on long pages; it is sticky within the flow, so it never covers
 * what comes before it, and on phones it stays one row that scrolls sideways. It is a direct child
 * of the page's content (a sticky element only sticks within its parent), and it publishes its
 * height so the pages' own sticky toolbars stop below it.
 */
export function LiveBar() {
  const t = useTranslations('live');
  const { isFacilitator, state } = useLiveRoom();
  const strip = useRef<HTMLDivElement>(null);
  const [peopleOpen, setPeopleOpen] = useState(false);
  const peopleButton = useRef<HTMLButtonElement>(null);
  const peopleId = useId();
  const closePeople = () => {
    setPeopleOpen(false);
    peopleButton.current?.focus();
  };
  // Escape closes the list of who is online wherever the focus is, as it would close a menu.
  useEffect(() => {
    if (!peopleOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPeopleOpen(false);
      if (strip.current?.contains(document.activeElement)) peopleButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [peopleOpen]);
  useEffect(() => {
    const el = strip.current;
    if (!el) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(STRIP_HEIGHT, `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty(STRIP_HEIGHT);
    };
  }, []);
  return (
    <>
      <div ref={strip} className="sticky top-0 z-30 -mx-1 mb-2 bg-slate-50 px-1 py-1" data-testid="live-strip">
        <AnnouncementBanner />
        <section
          aria-label={t('liveRoom')}
          className="flex items-center gap-x-4 gap-y-2 overflow-x-auto *:shrink-0 rounded-lg border border-slate-200 bg-white px-3 py-1.5 whitespace-nowrap shadow-sm sm:flex-wrap sm:gap-x-6 sm:overflow-visible sm:px-4"
        >
          <PresenceSummary
            open={peopleOpen}
            onToggle={() => setPeopleOpen(!peopleOpen)}
            panelId={peopleId}
            buttonRef={peopleButton}
          />
          <LiveAnnouncer />
          {/* On a phone the row scrolls sideways; the timer stays at its left edge, in sight. */}
          <div className="sticky -left-3 z-10 -ml-3 flex items-center self-stretch bg-white pr-2 pl-3 empty:hidden sm:static sm:ml-0 sm:pr-0 sm:pl-0">
            {state?.timer && <TimerDisplay />}
          </div>
          <CurrentAgendaItem />
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
          {state?.follow && <FollowIndicator />}
          <HandQueue />
          <ReactionBar />
        </section>
        <PresencePanel open={peopleOpen} id={peopleId} onClose={closePeople} />
      </div>
      {isFacilitator && (
        <div className="mb-4">
          <ConsolePanel />
        </div>
      )}
    </>
  );
}
