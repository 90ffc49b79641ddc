/** A raised hand in the live room. */
export type TRaisedHand = { userId: string; name: string; raisedAt: string };

/** The queue of raised hands: first raised first; equal instants by user id so every client agrees. */
export function orderHands<T extends { userId: string; raisedAt: string }>(hands: readonly T[]): T[] {
  return [...hands].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.userId.localeCompare(b.userId));
}
