// What a stranger sends that no route answers: a path nothing serves, a body that is not JSON, a body over a limit.
// Every answer is short JSON with its status, never Express's HTML error page (which printed the parser's stack trace
// for a bad Direct Line body), and nothing is stored.
import { afterEach, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from './support.js';

let pg: Playground | undefined;
afterEach(async () => {
  await pg?.close();
  pg = undefined;
});

const send = (url: string, body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('requests no route answers', () => {
  it('bad JSON on the playground APIs and Direct Line: 400 JSON, no stack trace; unknown paths: 404 JSON', async () => {
    pg = await startPlayground({});
    for (const path of ['/v3/directline/conversations', '/playground/api/clock', '/api/messages']) {
      const res = await send(pg.url + path, '{garbage');
      const text = await res.text();
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type'), path).toMatch(/application\/json/);
      expect(text, path).not.toMatch(/at JSON\.parse|node_modules|<html|SyntaxError/i);
      expect(JSON.parse(text).error.message, path).toMatch(/could not be read/);
    }
    for (const path of ['/nope', '/playground/%E0%A4%A', '/playground/api/nothing-here']) {
      const res = await fetch(pg.url + path);
      expect(res.status, path).toBe(404);
      const text = await res.text();
      expect(text, path).not.toMatch(/<html|Cannot GET/i);
      expect(JSON.parse(text).error.code, path).toBe('NotFound');
    }
    // A body over the Direct Line limit: refused with a 4xx, as JSON.
    const big = await send(`${pg.url}/v3/directline/conversations`, JSON.stringify({ pad: 'x'.repeat(3_000_000) }));
    expect(big.status).toBeGreaterThanOrEqual(400);
    expect(big.status).toBeLessThan(500);
    expect(await big.text()).not.toMatch(/<html|node_modules/i);
    // Still serving.
    expect((await fetch(`${pg.url}/healthz`)).status).toBe(200);
  });
});
