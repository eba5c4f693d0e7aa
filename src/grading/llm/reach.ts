// Before an interactive session with --grader llm: is anything listening at the server's address?
// A new user typed a whole answer before learning that the server was not running. A bare TCP
// connection (no HTTP request, so nothing is sent to the model and no key leaves the machine)
// answers that in milliseconds; anything short of a clear refusal or a failed look-up lets the
// session start, and the first grade reports what is wrong as before.
import { connect } from 'node:net';
import type { Endpoint } from './client.js';
import { BASE_URL_HINT, NO_DNS, UNREACHABLE } from './failures.js';

// The same codes and words as a failed grade's (failures.ts), with the way out that only the start of a session offers.
const HINT = `${BASE_URL_HINT}, or use --grader offline`;

/** Why the server cannot be reached (connection refused, no such host), or undefined when it may be. */
export function unreachable(endpoint: Pick<Endpoint, 'baseURL' | 'host'>, timeoutMs = 2000): Promise<string | undefined> {
  const url = new URL(endpoint.baseURL);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (why: string | undefined) => {
      socket.destroy();
      resolve(why);
    };
    socket.setTimeout(timeoutMs, () => done(undefined));
    socket.once('connect', () => done(undefined));
    socket.once('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? '';
      if (UNREACHABLE.has(code)) done(`cannot connect to ${endpoint.host} (${code === 'ECONNREFUSED' ? 'connection refused' : code}): is the server running? ${HINT}`);
      else if (NO_DNS.has(code)) done(`cannot find the server ${endpoint.host} (DNS lookup failed: ${code}): ${HINT}`);
      else done(undefined);
    });
  });
}
