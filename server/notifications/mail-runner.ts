import type { TDb } from '../../lib/db/client';
import { logger } from '../../lib/log/logger';
import { isMailConfigured } from '../../lib/services/accounts/mail';
import { runDigests } from '../../lib/services/notifications/digest';
import { runAssignmentReminders } from '../../lib/services/notifications/on-assignment';
import { runSessionReminders } from '../../lib/services/notifications/on-workshop';
import { runOutbox, smtpSender, type TMailSender } from '../../lib/services/notifications/outbox';

const log = logger('mail');

export type TMailRunnerOptions = { intervalMs?: number; send?: TMailSender; now?: () => Date };

/**
 * Every half minute: reminds assignees whose morning before a due date has come and the members
 * of sessions starting within the hour, queues the
 * digests whose morning has come, then sends what the outbox holds. Runs in every instance; the
 * reminders' and the outbox's claims and the digests' keys keep each one single. Without
 * SMTP_URL only the reminders run, and notifications stay in the app.
 */
export function startMailRunner(db: TDb, opts: TMailRunnerOptions = {}): () => void {
  const mail = isMailConfigured() || opts.send ? { send: opts.send ?? smtpSender() } : null;
  const now = opts.now ?? (() => new Date());
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runAssignmentReminders(db, now());
      await runSessionReminders(db, now());
      if (mail) {
        await runDigests(db, now());
        await runOutbox(db, mail.send, now());
      }
    } catch (err) {
      log.error({ err }, 'mail-runner-failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.intervalMs ?? 30_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
