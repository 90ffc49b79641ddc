import { areaOfPath, isAssessmentPath } from '../../lib/domain/workshop/live-paths';
import { DomainError } from '../../lib/domain/shared/errors';
import { assessmentRoom, memberRoom, type TClientOk, ZJoinAssessmentSchema } from '../../lib/realtime/events';
import type { TLiveSnapshot } from '../../lib/realtime/live-events';
import { findAssessment } from '../../lib/services/assessments/assessments';
import { groupsOverview } from '../../lib/services/workshop/group-overview';
import { listHands, readLiveState } from '../../lib/services/workshop/live-state';
import { findMembership, type TMembership } from '../../lib/services/access/membership';
import { findArea } from '../../lib/idg/checklist';
import { DEFAULT_LOCALE, isLocale } from '../../lib/i18n/locales';
import { guideNames } from '../../lib/services/checklist/guide-names';
import { recordJoinAttendance } from './attendance';
import { presenceOf, sendPresence } from './broadcast';
import type { TLiveContext, TLiveSocket } from './context';
import { currentAgendaItem } from '../../lib/services/workshop/session-run';
import { onSignedIn } from './pipeline';

/** Handles `assessment:join`: members only; answers with the room's whole current state and the server's clock. */
export function handleJoin(ctx: TLiveContext, socket: TLiveSocket): void {
  onSignedIn(ctx, socket, 'assessment:join', ZJoinAssessmentSchema, (payload) => join(ctx, socket, payload));
}

async function join(
  ctx: TLiveContext,
  socket: TLiveSocket,
  payload: { assessmentId: string; path?: string },
): Promise<TClientOk['assessment:join']> {
  const user = socket.data.user;
  const { assessmentId } = payload;
  const membership = await findMembership(ctx.db, assessmentId, user.id);
  // Same answer for "no such assessment" and "not yours": existence is not revealed.
  if (!membership) throw new DomainError('live.not_found', { assessmentId });

  const previous = socket.data.live;
  if (previous && previous.assessmentId !== assessmentId) {
    await socket.leave(assessmentRoom(previous.assessmentId));
    await socket.leave(memberRoom(previous.assessmentId, user.id));
    socket.data.live = undefined;
    await sendPresence(ctx, previous.assessmentId);
  }
  const path = payload.path !== undefined && isAssessmentPath(payload.path, assessmentId) ? payload.path : null;
  const overview = await groupsOverview(ctx.db, assessmentId);
  socket.data.live = {
    assessmentId,
    role: membership.role,
    groupId: overview.groups.find((g) => g.members.some((m) => m.id === user.id))?.id ?? null,
    path,
    areaId: path ? areaOfPath(path, assessmentId) : null,
    following: false,
    since: Date.now(),
  };
  await socket.join([assessmentRoom(assessmentId), memberRoom(assessmentId, user.id)]);
  recordJoinAttendance(ctx, assessmentId, user.id);

  const snapshot = await buildSnapshot(ctx, socket, membership, overview);
  await sendPresence(ctx, assessmentId);
  return { ok: true, snapshot };
}

async function buildSnapshot(
  ctx: TLiveContext,
  socket: TLiveSocket,
  membership: TMembership,
  overview: Awaited<ReturnType<typeof groupsOverview>>,
): Promise<TLiveSnapshot> {
  const { assessmentId } = membership;
  // Areas named in the member's own language (English for one who never chose).
  const locale = isLocale(socket.data.user.locale) ? socket.data.user.locale : DEFAULT_LOCALE;
  const [state, presence, hands, assessment, agendaItem, names] = await Promise.all([
    readLiveState(ctx.db, assessmentId),
    presenceOf(ctx, assessmentId),
    listHands(ctx.db, assessmentId),
    findAssessment(ctx.db, assessmentId),
    currentAgendaItem(ctx.db, assessmentId),
    guideNames(ctx.db, assessmentId, locale),
  ]);
  return {
    // Read last, so the client's round trip brackets it as closely as possible.
    serverNow: Date.now(),
    me: { id: membership.userId, name: socket.data.user.name, role: membership.role },
    state,
    presence,
    hands,
    groups: overview.groups.map((g) => ({ id: g.id, name: g.name, rapporteurId: g.rapporteur?.id ?? null })),
    areas: (assessment?.areas ?? []).flatMap((id) => {
      const area = findArea(id);
      return area ? [{ id, label: names.area(area) }] : [];
    }),
    agendaItem,
  };
}
