import { useTranslations } from 'next-intl';
import { CloseCode } from '@/lib/collab/close-codes';
import type { TCollabSnapshot } from '@/lib/collab/collab-session';
import type { TTranslate } from '@/lib/i18n/messages';

type TT = TTranslate<'checklist'>;

/** Why the server stopped us, in words a participant can act on. */
function closedMessage(t: TT, code: number | null): string {
  switch (code) {
    case CloseCode.unauthorised:
      return t('closedUnauthorised');
    case CloseCode.forbidden:
      return t('closedForbidden');
    case CloseCode.notFound:
      return t('closedNotFound');
    case CloseCode.tooLarge:
      return t('closedTooLarge');
    default:
      return t('closedOther');
  }
}

type TView = { icon: string; text: string; tone: string };

function viewOf(t: TT, { status, online, closedCode }: TCollabSnapshot): TView {
  if (status === 'closed')
    return {
      icon: '⛔',
      text: t('disconnected', { reason: closedMessage(t, closedCode) }),
      tone: 'border-red-300 bg-red-50 text-red-900',
    };
  if (!online) return { icon: '⚠', text: t('offline'), tone: 'border-amber-300 bg-amber-50 text-amber-900' };
  if (status === 'connected')
    return { icon: '●', text: t('connected'), tone: 'border-green-300 bg-green-50 text-green-900' };
  if (status === 'reconnecting')
    return { icon: '↻', text: t('reconnecting'), tone: 'border-amber-300 bg-amber-50 text-amber-900' };
  return { icon: '…', text: t('connecting'), tone: 'border-slate-300 bg-slate-50 text-slate-800' };
}

/**
 * The connection to the sync server and the changes it has not confirmed yet, announced politely.
 * `data-sync` says the same to scripts in any language (bench/page.ts waits for `synced`).
 */
export function ConnectionStatus({ session, readOnly }: { session: TCollabSnapshot; readOnly: boolean }) {
  const t = useTranslations('checklist');
  const view = viewOf(t, session);
  const pending = session.unsynced;
  const sync = session.status === 'connected' && session.synced ? 'synced' : session.status;
  return (
    <div
      data-sync={sync}
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm ${view.tone}`}
    >
      <p role="status" aria-live="polite" aria-atomic="true">
        <span aria-hidden="true" className="mr-1">
          {view.icon}
        </span>
        {view.text}
      </p>
      {!readOnly && (
        <p data-testid="unsynced-changes">{pending === 0 ? t('allSaved') : t('unsynced', { n: pending })}</p>
      )}
    </div>
  );
}
