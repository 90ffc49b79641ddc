import { parseDocName } from '../../lib/collab/doc-name-parse';
import { broadcastToAssessment } from '../../lib/realtime/broadcast';
import { TrailingThrottle } from './trailing-throttle';

/** At most one progress signal per assessment this often: a typing group edits many times a second. */
const PROGRESS_INTERVAL_MS = 3000;
// The sync server writes an update within a quarter of a second (DEFAULT_PERSISTENCE); the
// cockpit reads the persisted documents, so the signal waits until the change is there to read.
const PERSISTED_AFTER_MS = 1000;

/**
 * Tells an assessment's room when a checklist area or a group's document changed, so that the
 * cockpit reads the groups' progress again: pushed as people work, not polled.
 */
export function createProgressNotifier(
  send: (assessmentId: string) => void = (assessmentId) => broadcastToAssessment(assessmentId, 'run:progress'),
): (docName: string) => void {
  const throttle = new TrailingThrottle(PROGRESS_INTERVAL_MS, (assessmentId) => {
    setTimeout(() => send(assessmentId), PERSISTED_AFTER_MS).unref();
  });
  return (docName) => {
    const ref = parseDocName(docName);
    if (ref && (ref.kind === 'factor' || ref.kind === 'group')) throttle.request(ref.assessmentId);
  };
}
