import type { z } from 'zod';
import { can } from '../../lib/domain/access/permissions';
import { DomainError } from '../../lib/domain/shared/errors';
import { type TConsoleCommand, mayRunConsole } from '../../lib/domain/workshop/live-permissions';
import type { TClientEventName, TClientEvents, TClientOk } from '../../lib/realtime/events';
import type { TLiveRefusal } from '../../lib/realtime/live-events';
import { findMembership } from '../../lib/services/access/membership';
import { audit } from '../../lib/services/shared/audit';
import type { TActor, TLiveContext, TLiveSocket } from './context';
import { TokenBucket } from './throttle';

/**
 * Every live event of one socket, together: 20 a second with a burst of 40. A real client sends a
 * few a second at most; past that a socket is refused (`rate_limited`) before anything is read,
 * so one member flooding joins or commands cannot stall the room for the others.
 */
export const SOCKET_EVENT_LIMIT = { perSecond: 20, burst: 40 };

/**
 * What an event spends of that limit when it is not one token. A join reads the membership, the
 * room's state, hands, groups and the assessment and tells the whole room who is here: about eight
 * small events' work, so a socket may join five times at once, then a few times a second.
 */
export const EVENT_COST: Partial<Record<TClientEventName, number>> = { 'assessment:join': 8 };

/**
 * Who may send an event, decided before its handler runs: any member; a facilitator (console
 * commands); a role with one of these rights; or a rule on the sender and the payload. Refusals
 * of a role are audited: the real client never offers the event to that role.
 */
export type TWho<P> =
  'member' | 'console' | 'vote' | 'session.run' | ((actor: TActor, payload: P) => boolean | Promise<boolean>);

/**
 * A live event for members of the assessment the socket joined: its payload's schema, who may send
 * it, and what it does.
 */
export type TLiveSpec<E extends TClientEventName, S extends z.ZodType> = {
  schema: S;
  /** Console commands (CONSOLE_COMMANDS) are the facilitators' and must say so; no other event may. */
  who: E extends TConsoleCommand ? 'console' : Exclude<TWho<z.output<S>>, 'console'>;
  handler: (actor: TActor, payload: z.output<S>) => Promise<TClientOk[E]>;
};

type TAck<E extends TClientEventName> = Parameters<TClientEvents[E]>[1];

/** What an event's acknowledgement takes, per TClientEvents; a client may also send without one. */
function isAck<E extends TClientEventName>(ack: unknown): ack is TAck<E> {
  return typeof ack === 'function';
}

/**
 * Registers a live event of a joined member: the socket's rate, the payload parsed with its
 * schema, the sender's membership and role read again from the database (so a removal or role
 * change counts at once), then `who`, then the handler. Every event is acknowledged; a thrown
 * DomainError is a refusal with its code, anything else a `live.server_error`.
 */
export function onLive<E extends TClientEventName, S extends z.ZodType>(
  ctx: TLiveContext,
  socket: TLiveSocket,
  event: E,
  spec: TLiveSpec<E, S>,
): void {
  listen(ctx, socket, event, async (payload) => {
    const joined = socket.data.live;
    const user = socket.data.user;
    if (!joined) throw new DomainError('live.join_first');
    const membership = await findMembership(ctx.db, joined.assessmentId, user.id);
    const actor: TActor = {
      assessmentId: joined.assessmentId,
      userId: user.id,
      name: user.name,
      role: membership?.role ?? joined.role,
    };
    if (!membership) throw new Refusal(new DomainError('live.not_member'), actor);
    const { who } = spec;
    const mayByRole =
      who === 'member' ||
      typeof who === 'function' ||
      (who === 'console' ? mayRunConsole(actor.role) : can(actor.role, who));
    if (!mayByRole) throw new Refusal(new DomainError('live.forbidden'), actor, true);
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) throw new Refusal(new DomainError('live.invalid_payload'), actor);
    if (typeof who === 'function' && !(await who(actor, parsed.data)))
      throw new Refusal(new DomainError('live.forbidden'), actor, true);
    try {
      return await spec.handler(actor, parsed.data);
    } catch (err) {
      throw err instanceof DomainError ? new Refusal(err, actor) : err;
    }
  });
}

/**
 * Registers an event any signed-in socket may send (joining an assessment, which decides
 * membership itself): the same rate, parsing, acknowledgement and refusal log as onLive.
 */
export function onSignedIn<E extends TClientEventName, S extends z.ZodType>(
  ctx: TLiveContext,
  socket: TLiveSocket,
  event: E,
  schema: S,
  handler: (payload: z.output<S>) => Promise<TClientOk[E]>,
): void {
  listen(ctx, socket, event, (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new DomainError('live.invalid_payload');
    return handler(parsed.data);
  });
}

/** A refusal on its way to the log: the error, who was refused, and whether to audit it. */
class Refusal extends Error {
  constructor(
    readonly error: DomainError,
    readonly actor: TActor | null,
    readonly forged = false,
  ) {
    super(error.message);
  }
}

const buckets = new WeakMap<TLiveSocket, { bucket: TokenBucket; loggedAt: number }>();
// A flood is logged once, then at most once per this long while it lasts.
const FLOOD_LOG_INTERVAL_MS = 10_000;

function listen<E extends TClientEventName>(
  ctx: TLiveContext,
  socket: TLiveSocket,
  event: E,
  run: (payload: unknown) => Promise<TClientOk[E]>,
): void {
  // Widened to every event name: one listener shape, (payload, ack), serves them all.
  const name: TClientEventName = event;
  socket.on(name, (payload: unknown, ack: unknown) => {
    const reply = isAck<E>(ack) ? ack : () => undefined;
    if (!withinRate(ctx, socket, event)) return reply(refusalAck(new DomainError('rate_limited')));
    run(payload).then(reply, (err: unknown) => {
      if (err instanceof Refusal) return refuse(ctx, socket, err.actor, event, err.error, err.forged).then(reply);
      if (err instanceof DomainError) return refuse(ctx, socket, null, event, err, false).then(reply);
      ctx.logger.warn('live.error', {
        event,
        conn: socket.id,
        userId: socket.data.user.id,
        error: err instanceof Error ? err.message : String(err),
      });
      reply(refusalAck(new DomainError('live.server_error')));
    });
  });
}

function withinRate(ctx: TLiveContext, socket: TLiveSocket, event: TClientEventName): boolean {
  const now = Date.now();
  let state = buckets.get(socket);
  if (!state)
    buckets.set(
      socket,
      (state = { bucket: new TokenBucket(ctx.eventLimit.perSecond, ctx.eventLimit.burst, now), loggedAt: -Infinity }),
    );
  if (state.bucket.take(now, EVENT_COST[event] ?? 1)) return true;
  // One line per flood, not one per refused event: the log must not grow with the flood.
  if (now - state.loggedAt >= FLOOD_LOG_INTERVAL_MS) {
    ctx.logger.warn('live.rate-limited', { event, conn: socket.id, userId: socket.data.user.id });
    state.loggedAt = now;
  }
  return false;
}

function refusalAck(err: DomainError): TLiveRefusal {
  return { ok: false, error: err.message, code: err.code };
}

/**
 * Refuses an event: a log line always, and an audit entry when a member tried what their role
 * does not allow (a forged command: the real client never offers it to them).
 */
async function refuse(
  ctx: TLiveContext,
  socket: TLiveSocket,
  actor: TActor | null,
  event: string,
  err: DomainError,
  forged: boolean,
): Promise<TLiveRefusal> {
  const userId = actor?.userId ?? socket.data.user.id;
  ctx.logger.warn('live.refused', {
    event,
    conn: socket.id,
    code: err.code,
    error: err.message,
    params: err.params,
    userId,
    assessmentId: actor?.assessmentId ?? null,
    role: actor?.role ?? null,
  });
  if (forged && actor) {
    await audit(ctx.db, {
      assessmentId: actor.assessmentId,
      actorId: actor.userId,
      action: 'live.refused',
      detail: { event, role: actor.role },
    });
  }
  return refusalAck(err);
}

/** The acknowledgement of an event that has nothing more to say. */
export const DONE = { ok: true } as const;
