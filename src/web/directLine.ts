// A Direct Line 3.0 REST subset (polling, no WebSocket) so Microsoft's Web Chat can talk to the bot:
// start/resume a conversation, post an activity, poll activities after a watermark, refresh the token.
import express from 'express';
import type { Router } from 'express';
import type { DirectLineActivity, PlaygroundConversations } from './conversations.js';

/** The token the page passes to createDirectLine. The playground is local and unauthenticated. */
export const PLAYGROUND_TOKEN = 'playground';
const EXPIRES_IN = 3600;

export type ActivityHandler = (conversationId: string, activity: DirectLineActivity) => Promise<void>;

const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' ? v.slice(0, max) : undefined);

export interface DirectLineHooks {
  onUserActivity: ActivityHandler;
  /** A new conversation: the welcome. */
  onCreate(id: string): Promise<void>;
  /** A conversation from before a restart came back (its transcript is gone, its state is not). */
  onRevive(id: string): Promise<void>;
}

export function directLineRouter(conversations: PlaygroundConversations, hooks: DirectLineHooks): Router {
  const r = express.Router();
  const known = async (id: string, watermark?: unknown): Promise<boolean> => {
    if (conversations.has(id)) return true;
    if (!conversations.revive(id, str(watermark, 20))) return false;
    await hooks.onRevive(id);
    return true;
  };
  const notFound = { error: { code: 'BadArgument', message: 'Conversation not found' } };
  r.use(express.json({ limit: '100kb' }));
  const conversation = (id: string) => ({ conversationId: id, token: PLAYGROUND_TOKEN, expires_in: EXPIRES_IN });

  r.post('/conversations', async (_req, res) => {
    const id = conversations.create();
    await hooks.onCreate(id);
    res.status(201).json(conversation(id));
  });

  r.post('/tokens/refresh', (_req, res) => {
    res.json({ token: PLAYGROUND_TOKEN, expires_in: EXPIRES_IN });
  });

  // Resume (DirectLineJS calls this when given a conversationId).
  r.get('/conversations/:id', async (req, res) => {
    if (!(await known(req.params.id, req.query.watermark))) return void res.status(404).json(notFound);
    res.json(conversation(req.params.id));
  });

  r.get('/conversations/:id/activities', async (req, res) => {
    if (!(await known(req.params.id, req.query.watermark))) return void res.status(404).json(notFound);
    res.json(conversations.since(req.params.id, str(req.query.watermark, 20)));
  });

  r.post('/conversations/:id/activities', async (req, res) => {
    const id = req.params.id;
    if (!(await known(id))) return void res.status(404).json(notFound);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const type = str(body.type, 40);
    if (!type) return void res.status(400).json({ error: { code: 'BadArgument', message: 'activity type is required' } });
    if (type !== 'message') return void res.json({ id: `${id}|ignored` }); // typing, events: nothing to do
    const from = (body.from ?? {}) as Record<string, unknown>;
    // Echo the user's message back (Direct Line does): Web Chat matches it by channelData.clientActivityID.
    const echoed = conversations.append(id, {
      type: 'message',
      from: { id: str(from.id, 64) || 'playground-user', ...(str(from.name, 64) ? { name: str(from.name, 64) } : {}), role: 'user' },
      ...(str(body.text, 2000) !== undefined ? { text: str(body.text, 2000) } : {}),
      ...(body.value !== undefined ? { value: body.value } : {}),
      ...(body.channelData !== undefined ? { channelData: body.channelData } : {}),
      ...(str(body.locale, 20) ? { locale: str(body.locale, 20) } : {}),
    });
    await hooks.onUserActivity(id, echoed);
    res.json({ id: echoed.id });
  });

  r.post('/conversations/:id/upload', (_req, res) => {
    res.status(400).json({ error: { code: 'BadArgument', message: 'The playground does not take attachments' } });
  });
  return r;
}
