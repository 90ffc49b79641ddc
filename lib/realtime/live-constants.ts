// What the live room's client needs of its contracts at run time, apart from the zod schemas
// (./events.ts, ./live-events.ts): the server parses every payload with those, while importing
// them would put zod in every assessment page of the browser.

/** socket.io path, shared by the server and the client. */
export const SOCKET_PATH = '/socket.io/';

/** The reactions anyone may send: a small fixed set, so nothing else can be broadcast. */
export const REACTIONS = ['👍', '👏', '🎉', '❤️', '🤔', '🙋'] as const;

/** The longest announcement a facilitator may make. */
export const MAX_ANNOUNCEMENT_LENGTH = 500;
