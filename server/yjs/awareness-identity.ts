// A presence state says who it is (`user: { id, name, color }`, lib/collab/collab-session.ts), and
// other people's carets, avatars and lists of who is where show it as it comes. A client could
// claim to be anyone, so the server puts its session's user id and display name on every state a
// connection sets, and keeps the rest (colour, question, cursor) as the client sent it.

/** Who a connection is, by its session. */
export type TSessionIdentity = { readonly userId: string; readonly userName: string };

/** `state` with the session's user id and name in its `user` field; the very same object when it already says so. */
export function stampIdentity(state: Record<string, unknown>, who: TSessionIdentity): Record<string, unknown> {
  const claimed = state.user;
  const user =
    typeof claimed === 'object' && claimed !== null && !Array.isArray(claimed)
      ? (claimed as Record<string, unknown>)
      : null;
  if (user && user.id === who.userId && user.name === who.userName) return state;
  return { ...state, user: { ...user, id: who.userId, name: who.userName } };
}
