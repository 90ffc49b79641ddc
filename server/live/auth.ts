import { userFromRequest } from '../../lib/auth/request-session';
import { mayRunConsole, type TConsoleCommand } from '../../lib/domain/workshop/live-permissions';
import { type TLiveAck, type TLiveEventName, type TLivePayload, ZLiveSchemas } from '../../lib/realtime/live-events';
import { audit } from '../../lib/services/shared/audit';
import { findMembership } from '../../lib/services/access/membership';
import { onSessionExpiry, sessionExpiresAt } from '../../lib/security/session-expiry';
import { type TActor, type TLiveContext, type TLiveSocket, LiveError } from './context';

/**
 * Lets a socket connect only with a valid next-auth session cookie on its handshake, and
 * disconnects it when that session's `exp` passes: an open socket must not outlive its session.
 */
export function authenticateSockets({ io, db, logger }: TLiveContext): void {
  io.use((socket, next) => {
    Promise.all([userFromRequest(db, socket.request), sessionExpiresAt(socket.request)]).then(
      ([user, expiresAt]) => {
        if (!user) {
          logger.info('live.unauthorised', { conn: socket.id, address: socket.handshake.address });
          return next(new Error('unauthorised'));
        }
        socket.data.user = user;
        if (expiresAt !== null) {
          const cancel = onSessionExpiry(expiresAt, () => {
            logger.info('live.session-expired', { conn: socket.id, userId: user.id });
            socket.disconnect(true);
          });
          socket.once('disconnect', cancel);
        }
        next();
      },
      () => next(new Error('unauthorised')),
    );
  });
}

/**
 * Refuses an event: a log line always, and an audit entry when a member tried what their role
 * does not allow (a forged facilitator command: the real client never offers it to them).
 */
export async function refuse(ctx: TLiveContext, actor: TActor | null, event: string, error: string, forged: boolean): Promise<TLiveAck> {
  ctx.logger.warn('live.refused', { event, error, userId: actor?.userId ?? null, assessmentId: actor?.assessmentId ?? null, role: actor?.role ?? null });
  if (forged && actor) {
    await audit(ctx.db, { assessmentId: actor.assessmentId, actorId: actor.userId, action: 'live.refused', detail: { event, role: actor.role } });
  }
  return { ok: false, error };
}

type THandler<E extends TLiveEventName> = (actor: TActor, payload: TLivePayload<E>) => Promise<TLiveAck | void>;

/**
 * Registers a live event: the payload is parsed with its zod schema, the sender must have joined
 * an assessment and still be a member of it (read again from the database, so a role change or
 * removal counts at once), console commands need a facilitator. Every event is acknowledged.
 */
export function onLive<E extends TLiveEventName>(ctx: TLiveContext, socket: TLiveSocket, event: E, handler: THandler<E>, opts: { console?: TConsoleCommand } = {}): void {
  // socket.io's typed `on` cannot follow a generic event name to its listener type.
  const on = socket.on.bind(socket) as unknown as (ev: string, fn: (payload: unknown, ack?: unknown) => void) => void;
  on(event, (payload, ack) => {
    const reply = typeof ack === 'function' ? (ack as (r: TLiveAck) => void) : () => undefined;
    run(ctx, socket, event, payload, handler, opts.console).then(reply, (err: unknown) => {
      ctx.logger.warn('live.error', { event, conn: socket.id, userId: socket.data.user.id, error: err instanceof Error ? err.message : String(err) });
      reply({ ok: false, error: 'server error' });
    });
  });
}

async function run<E extends TLiveEventName>(ctx: TLiveContext, socket: TLiveSocket, event: E, payload: unknown, handler: THandler<E>, consoleCommand: TConsoleCommand | undefined): Promise<TLiveAck> {
  const joined = socket.data.live;
  const user = socket.data.user;
  if (!joined) return refuse(ctx, null, event, 'join an assessment first', false);
  const membership = await findMembership(ctx.db, joined.assessmentId, user.id);
  if (!membership) return refuse(ctx, { assessmentId: joined.assessmentId, userId: user.id, name: user.name, role: joined.role }, event, 'not a member', false);
  const actor: TActor = { assessmentId: joined.assessmentId, userId: user.id, name: user.name, role: membership.role };
  if (consoleCommand && !mayRunConsole(membership.role)) return refuse(ctx, actor, event, 'forbidden', true);
  const parsed = ZLiveSchemas[event].safeParse(payload);
  if (!parsed.success) return refuse(ctx, actor, event, 'invalid payload', false);
  try {
    return (await handler(actor, parsed.data as TLivePayload<E>)) ?? { ok: true };
  } catch (err) {
    if (err instanceof LiveError) return refuse(ctx, actor, event, err.message, false);
    throw err;
  }
}
