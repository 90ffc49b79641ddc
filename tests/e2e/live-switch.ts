import type { Page, WebSocketRoute } from '@playwright/test';

/**
 * Puts a page's live sockets through a switch (the browser's offline mode leaves open WebSockets
 * be). While it is off, open ones are closed and each reconnection is closed once the server's
 * first message is through, as on a network that keeps dropping: the page retries on its own.
 */
export async function liveSwitch(page: Page) {
  let cutOff = false;
  let refused = 0;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    open.add(ws);
    ws.onClose(() => open.delete(ws));
    server.onMessage((message) => {
      ws.send(message);
      if (!cutOff) return;
      refused += 1;
      void ws.close();
    });
  });
  return {
    /** Cuts the page off: its open sockets close and it cannot reconnect until `restore`. */
    cut: async () => {
      cutOff = true;
      await Promise.all([...open].map((ws) => ws.close()));
    },
    restore: () => {
      cutOff = false;
    },
    /** How many reconnections were refused while cut off. */
    refused: () => refused,
  };
}
