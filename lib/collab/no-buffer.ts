// The browser's stand-in for Node's `buffer` (aliased in next.config.js). lib0, under Yjs, names
// `Buffer` only in the functions it picks when it runs under Node, yet that mention made the
// bundler ship a 14 kB Buffer polyfill to every page with a live document. In a browser lib0 takes
// its `btoa`/`atob` paths and never reaches this.
export const Buffer = undefined;
