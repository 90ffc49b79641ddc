'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLiveRoom } from '../live/live-room-provider';
import { ReportBackView, type TReportBackViewProps } from './report-back-view';

/** A finding's "Present" button: sends everyone in the live room to it while this user may lead. */
function PresentButton({ path }: { path: string }) {
  const t = useTranslations('workshop');
  const { present } = useLiveRoom();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // The presenter goes to the finding too, so that they see it highlighted as everyone does.
  const onPresent = async () => {
    const ack = await present(path);
    setError(ack.ok ? null : ack.error);
    if (ack.ok) router.push(path);
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-brand-600 px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-50"
        onClick={() => void onPresent()}
      >
        {t('present')}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

/**
 * The report-back view with presenting wired to the live room: facilitators and the spotlighted
 * group's rapporteur lead.
 */
export function LiveReportBack(props: Omit<TReportBackViewProps, 'renderPresentControl'>) {
  const { canPresent } = useLiveRoom();
  return (
    <ReportBackView
      {...props}
      renderPresentControl={canPresent ? (path) => <PresentButton path={path} /> : undefined}
    />
  );
}
