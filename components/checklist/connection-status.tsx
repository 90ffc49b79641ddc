import { CloseCode } from '@/lib/collab/close-codes';
import type { TCollabSnapshot } from '@/lib/collab/collab-session';

/** Why the server stopped us, in words a participant can act on. */
function closedMessage(code: number | null): string {
  switch (code) {
    case CloseCode.unauthorised:
      return 'Your session has ended. Sign in again to keep working.';
    case CloseCode.forbidden:
      return 'You no longer have access to this area.';
    case CloseCode.notFound:
      return 'This area is no longer available to you.';
    case CloseCode.tooLarge:
      return 'A change was too large for the server. Reload the page.';
    default:
      return 'The server refused this page’s messages. Reload the page.';
  }
}

type TView = { icon: string; text: string; tone: string };

function viewOf({ status, online, closedCode }: TCollabSnapshot): TView {
  if (status === 'closed') return { icon: '⛔', text: `Disconnected. ${closedMessage(closedCode)}`, tone: 'border-red-300 bg-red-50 text-red-900' };
  if (!online) return { icon: '⚠', text: 'Offline. Your changes stay on this device and are sent when you are back online.', tone: 'border-amber-300 bg-amber-50 text-amber-900' };
  if (status === 'connected') return { icon: '●', text: 'Connected', tone: 'border-green-300 bg-green-50 text-green-900' };
  if (status === 'reconnecting') return { icon: '↻', text: 'Reconnecting…', tone: 'border-amber-300 bg-amber-50 text-amber-900' };
  return { icon: '…', text: 'Connecting…', tone: 'border-slate-300 bg-slate-50 text-slate-800' };
}

/** The connection to the sync server and the changes it has not confirmed yet, announced politely. */
export function ConnectionStatus({ session, readOnly }: { session: TCollabSnapshot; readOnly: boolean }) {
  const view = viewOf(session);
  const pending = session.unsynced;
  return (
    <div className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm ${view.tone}`}>
      <p role="status" aria-live="polite" aria-atomic="true">
        <span aria-hidden="true" className="mr-1">
          {view.icon}
        </span>
        {view.text}
      </p>
      {!readOnly && (
        <p data-testid="unsynced-changes">
          {pending === 0 ? 'All changes saved' : `${pending} ${pending === 1 ? 'change' : 'changes'} not yet on the server`}
        </p>
      )}
    </div>
  );
}
