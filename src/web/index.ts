// The browser playground (off in production unless PLAYGROUND=on): Microsoft's Web Chat on a local
// Direct Line subset, the bot's replies as the exact Adaptive Cards Teams gets, a "Case channel"
// panel fed by the web Notifier, and a demo clock that fires due reminders.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import express from 'express';
import type { Express } from 'express';
import { z } from 'zod';
import type { PlatformContext } from '../platform.js';
import type { Notifier } from '../conversation/notifier.js';
import type { CaseModule } from '../cases/index.js';
import type { Message, Turn } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import { SORRY } from '../conversation/help.js';
import type { Services } from '../conversation/flow.js';
import { renderAdaptiveCard } from '../teams/render.js';
import { PlaygroundConversations } from './conversations.js';
import type { DirectLineActivity } from './conversations.js';
import { directLineRouter } from './directLine.js';
import { ADAPTIVE_CARD, forWebChat, inputFromActivity } from './cards.js';
import { WebNotifier } from './notifier.js';
import { isAdvanceable, OffsetClock } from './demoClock.js';
import { advanceDemoClock } from './clockControl.js';
import type { DueRunner } from './clockControl.js';
import { errorText } from '../logger.js';

/** The playground needs of the case module only its command handlers and runDue (nextDueAt if it has one). */
export type PlaygroundContext = PlatformContext & { cases: Pick<CaseModule, 'handlers'> & DueRunner; deps?: Record<string, unknown> };

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const BOT = { id: 'safeguarding-assistant', name: 'Safeguarding assistant', role: 'bot' as const };

/** Web Chat's prebuilt bundle, from the installed package (never a CDN). */
export function webChatBundlePath(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry points (lib/index.js for require); dist/ sits beside lib/.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

const sorry = (): Message => ({ blocks: [text(SORRY, 'warning')] });

export async function mountPlayground(app: Express, ctx: PlaygroundContext): Promise<{ notifier: Notifier }> {
  const log = ctx.log.child({ part: 'playground' });
  const conversations = new PlaygroundConversations();
  const notifier = new WebNotifier(ctx.clock);
  const services: Services = { store: ctx.store, clock: ctx.clock, log: ctx.log, deps: ctx.deps ?? {} };
  const caseCards = new Map<string, Message[] | null>();
  const versions = new Map<string, number>();
  const bump = (id: string) => versions.set(id, (versions.get(id) ?? 0) + 1);

  /** The reply to `case` in this conversation: the case card and its deadlines (none before `case open`). */
  async function refreshCaseCard(conversationId: string): Promise<void> {
    const handler = ctx.cases.handlers.find((h) => h.namespace === 'case');
    if (!handler?.onText) return;
    const turn: Turn = {
      platform: 'web',
      conversationId,
      userId: 'playground-panel',
      shared: false,
      input: { kind: 'text', text: 'case' },
    };
    try {
      const res = await handler.onText(turn, 'case', '', services);
      caseCards.set(conversationId, res?.replies ?? null);
    } catch (err) {
      log.warn({ err: errorText(err) }, 'case card refresh failed');
    }
    bump(conversationId);
  }
  notifier.onChange((id) => void refreshCaseCard(id));

  const sendBot = (conversationId: string, messages: Message[], replyToId?: string) => {
    conversations.remember(conversationId, messages);
    for (const m of messages) {
      conversations.append(conversationId, {
        type: 'message',
        from: BOT,
        ...(replyToId ? { replyToId } : {}),
        attachments: [{ contentType: ADAPTIVE_CARD, content: forWebChat(renderAdaptiveCard(m)) }],
      });
    }
  };

  async function onUserActivity(conversationId: string, activity: DirectLineActivity): Promise<void> {
    const input = inputFromActivity(activity, conversations.recent(conversationId));
    if (!input) return;
    const turn: Turn = {
      platform: 'web',
      conversationId,
      userId: activity.from.id,
      ...(activity.from.name ? { userName: activity.from.name } : {}),
      shared: false,
      input,
    };
    try {
      const result = await ctx.engine.handle(turn);
      // Files (a case chronology) come as download links.
      const downloads = ctx.downloads;
      sendBot(conversationId, downloads ? await Promise.all(result.replies.map((m) => downloads.withLinks(m))) : result.replies, activity.id);
    } catch (err) {
      log.error({ err: errorText(err) }, 'turn failed');
      sendBot(conversationId, [sorry()], activity.id);
    }
    await refreshCaseCard(conversationId);
  }

  async function onCreate(conversationId: string): Promise<void> {
    sendBot(conversationId, [ctx.engine.help()]);
    await refreshCaseCard(conversationId);
  }

  async function onRevive(conversationId: string): Promise<void> {
    const note = text('The playground restarted: earlier messages are not shown, but this conversation and its case carry on.', 'subtle');
    sendBot(conversationId, [{ blocks: [note] }]);
    await refreshCaseCard(conversationId);
  }

  app.use('/v3/directline', directLineRouter(conversations, { onUserActivity, onCreate, onRevive }));

  // The page, its script and style, and Web Chat's bundle.
  app.get('/', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'index.html')));
  app.get('/playground/app.js', (_req, res) => res.type('text/javascript').sendFile(path.join(PUBLIC_DIR, 'app.js')));
  app.get('/playground/app.css', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'app.css')));
  const bundle = webChatBundlePath();
  app.get('/playground/webchat.js', (_req, res) => res.type('text/javascript').sendFile(bundle, { maxAge: '1h' }));

  const api = express.Router();
  api.use(express.json({ limit: '50kb' }));
  // The clock control moves the bot's time: never when real channels (Teams, Slack, a shared database) use that clock.
  const demoClock = ctx.config.demoClockEnabled && isAdvanceable(ctx.clock) ? ctx.clock : undefined;

  // What the side panel shows: bot time, the case card, and what the case channel received.
  api.get('/panel', (req, res) => {
    const id = typeof req.query.conversationId === 'string' ? req.query.conversationId : '';
    res.set('Cache-Control', 'no-store').json({
      now: ctx.clock.now().toISOString(),
      demoClock: Boolean(demoClock),
      // How far the demo clock has been moved (OffsetClock); the page says "ahead of real time by ...".
      aheadMs: demoClock instanceof OffsetClock ? demoClock.offset : 0,
      version: (versions.get(id) ?? 0) + notifier.version(id),
      caseCard: caseCards.get(id) ?? null,
      channel: notifier.entries(id),
    });
  });

  const clockBody = z.object({ step: z.enum(['hour', 'day', 'next']), conversationId: z.string().max(100).optional() });
  api.post('/clock', async (req, res) => {
    if (!demoClock)
      return void res.status(409).json({
        error: 'The demo clock is off: real channels (Teams, Slack or a shared database) use this bot, so its time is never moved.',
      });
    const body = clockBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'step must be hour, day or next' });
    const before = notifier.posted;
    const out = await advanceDemoClock(demoClock, ctx.cases, body.data.step);
    if (body.data.conversationId) await refreshCaseCard(body.data.conversationId);
    res.json({ now: ctx.clock.now().toISOString(), ...out, posted: notifier.posted - before });
  });

  // A button pressed on a message in the case channel panel (done / snooze...).
  const actionBody = z.object({
    conversationId: z.string().min(1).max(100),
    messageId: z.string().max(100).optional(),
    data: z.record(z.string(), z.unknown()),
  });
  api.post('/channel/action', async (req, res) => {
    const body = actionBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'conversationId and data are required' });
    const { conversationId, messageId, data } = body.data;
    const source = notifier.entries(conversationId).find((e) => e.messageId === messageId);
    const input = inputFromActivity({ value: data }, source ? [source.message] : []);
    if (!input || input.kind !== 'action') return void res.status(400).json({ error: 'data.sg must be an action payload' });
    // A case channel is shared: state is kept per person there.
    const turn: Turn = { platform: 'web', conversationId, userId: 'playground-user', userName: 'Playground user', shared: true, input };
    try {
      const result = await ctx.engine.handle(turn);
      const to = { platform: 'web' as const, conversationId };
      // Personal replies (e.g. "Marked done") go to the person who clicked, not the channel.
      const forChannel = result.replies.filter((m, i) => !m.personal || (i === 0 && result.replaceSource));
      const personal = result.replies.filter((m) => !forChannel.includes(m));
      const [first, ...rest] = forChannel;
      if (first && result.replaceSource && source && first === result.replies[0]) {
        await notifier.update(to, { platform: 'web', conversationId, messageId: source.messageId }, first);
      } else if (first) await notifier.post(to, first);
      for (const m of rest) await notifier.post(to, m);
      await refreshCaseCard(conversationId);
      res.json({ ok: true, personal });
    } catch (err) {
      log.error({ err: errorText(err) }, 'channel action failed');
      res.status(500).json({ error: 'Something went wrong on the bot side.' });
    }
  });
  app.use('/playground/api', api);

  log.info({ demoClock: Boolean(demoClock) }, 'playground mounted');
  return { notifier };
}
