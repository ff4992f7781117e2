// POST to a response_url over node:http(s) with keep-alive agents: most answers after an ack go this way (every
// ephemeral reply, every slash command answer), and fetch costs several times the CPU of a plain request (its web
// streams and abort signals showed in the Slack ack profile). Valid 30 minutes, 5 uses; 10 seconds at most here.
import http from 'node:http';
import https from 'node:https';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};
const TIMEOUT_MS = 10_000;

/** The HTTP status Slack answered (the body is read and dropped); rejects on a network error or after 10 s. */
export function postJson(url: string, body: unknown): Promise<number> {
  const target = new URL(url);
  const protocol = target.protocol === 'https:' ? 'https:' : target.protocol === 'http:' ? 'http:' : undefined;
  if (!protocol) return Promise.reject(new Error(`response_url is not http(s): ${target.protocol}`));
  return post(target, protocol, Buffer.from(JSON.stringify(body)), true);
}

function post(target: URL, protocol: keyof typeof agents, payload: Buffer, retryReused: boolean): Promise<number> {
  const send = protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        agent: agents[protocol],
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
        res.once('close', () => reject(new Error('response_url answer cut off')));
      },
    );
    req.once('timeout', () => req.destroy(new Error(`response_url timed out after ${TIMEOUT_MS} ms`)));
    req.once('error', (e: NodeJS.ErrnoException) => {
      // A kept-alive socket the server had just closed: sent again once on a new one (what Node's docs advise).
      if (retryReused && req.reusedSocket && e.code === 'ECONNRESET') return resolve(post(target, protocol, payload, false));
      reject(e);
    });
    req.end(payload);
  });
}
