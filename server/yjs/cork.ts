import type { Duplex } from 'node:stream';

// Relaying is mostly system calls: every message to every connection was its own write. A
// typing client's update and its awareness change arrive together and go out to everyone
// together, so writes to a socket within one turn of the event loop are held (corked) and leave
// as one write when the turn ends (process.nextTick runs before any I/O of the next turn, so
// nothing waits on other connections' work).
let corked: Duplex[] = [];

function uncorkAll(): void {
  const sockets = corked;
  corked = [];
  for (const s of sockets) s.uncork();
}

/** Holds writes to `socket` until the end of the current turn of the event loop. */
export function corkForThisTurn(socket: Duplex): void {
  // ws corks and uncorks within each send, so a corked socket here is one corked by us.
  if (socket.writableCorked > 0) return;
  socket.cork();
  if (corked.push(socket) === 1) process.nextTick(uncorkAll);
}
