'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { MAX_ANNOUNCEMENT_LENGTH } from '@/lib/realtime/live-constants';
import { consoleButton, useConsoleAction } from './console-actions';
import { useLiveRoom } from './live-room-provider';

/** Announce something to everyone in the room, or clear the announcement. */
export function ConsoleAnnounce() {
  const t = useTranslations('live');
  const { state, send } = useLiveRoom();
  const { busy, error, run } = useConsoleAction();
  const [text, setText] = useState('');
  return (
    <form
      className="grid gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        run(async () => {
          const res = await send('announcement:set', { text });
          if (res.ok) setText('');
          return res;
        });
      }}
    >
      <label htmlFor="live-announcement-text" className="font-semibold">
        {t('announcement')}
      </label>
      <textarea
        id="live-announcement-text"
        required
        maxLength={MAX_ANNOUNCEMENT_LENGTH}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby="live-announcement-count"
        className={inputClass}
      />
      <p id="live-announcement-count" className="text-xs text-slate-600">
        {t('charCount', { n: text.length, max: MAX_ANNOUNCEMENT_LENGTH })}
      </p>
      <div className="flex gap-2">
        <button type="submit" className={consoleButton} disabled={busy}>
          {t('announce')}
        </button>
        {state?.announcement && (
          <button
            type="button"
            className={consoleButton}
            disabled={busy}
            onClick={() => run(() => send('announcement:clear', {}))}
          >
            {t('clearAnnouncement')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
