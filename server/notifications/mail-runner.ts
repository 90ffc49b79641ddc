import type { TDb } from '../../lib/db/client';
import { logger } from '../../lib/log/logger';
import { isMailConfigured } from '../../lib/services/accounts/mail';
import { runDigests } from '../../lib/services/notifications/digest';
import { runOutbox, smtpSender, type TMailSender } from '../../lib/services/notifications/outbox';

const log = logger('mail');

export type TMailRunnerOptions = { intervalMs?: number; send?: TMailSender; now?: () => Date };

/**
 * Every half minute: queues the digests whose morning has come, then sends what the outbox holds.
 * Runs in every instance; the outbox's claims and the digests' keys keep each mail single. Nothing
 * runs without SMTP_URL: notifications then stay in the app.
 */
export function startMailRunner(db: TDb, opts: TMailRunnerOptions = {}): () => void {
  if (!isMailConfigured() && !opts.send) return () => undefined;
  const send = opts.send ?? smtpSender();
  const now = opts.now ?? (() => new Date());
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDigests(db, now());
      await runOutbox(db, send, now());
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
