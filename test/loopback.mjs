// The project folder served on 127.0.0.1 and a Chromium to look at it, for end-to-end tests.
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';

/** Starts the server (with `serverOptions`, e.g. extra headers) and the browser. */
export async function openLoopback(serverOptions) {
  const server = await startServer(serverOptions);
  const browser = await launchChromium();
  return { server, browser, origin: `http://127.0.0.1:${server.address().port}` };
}

export async function closeLoopback({ server, browser }) {
  await browser?.close();
  server?.close();
}
