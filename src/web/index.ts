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
import { isAdvanceable, OffsetClock, type AdvanceableClock } from './demoClock.js';
import { advanceDemoClock } from './clockControl.js';
import type { DueRunner } from './clockControl.js';
import { errorText, type Logger } from '../logger.js';

/** The playground needs of the case module only its command handlers and runDue (nextDueAt if it has one). */
export type PlaygroundContext = PlatformContext & { cases: Pick<CaseModule, 'handlers'> & DueRunner; deps?: Services['deps'] };

const PUBLIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const BOT = { id: 'safeguarding-assistant', name: 'Safeguarding assistant', role: 'bot' as const };

/** Web Chat's prebuilt bundle, from the installed package (never a CDN). */
export function webChatBundlePath(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry points (lib/index.js for require); dist/ sits beside lib/.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

const sorry = (): Message => ({ blocks: [text(SORRY, 'warning')] });

/** What the panel shows beside one conversation: its case card (the reply to `case`), and a version that moves on change. */
class CaseCards {
  private readonly cards = new Map<string, Message[] | null>();
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly ctx: PlaygroundContext,
    private readonly services: Services,
    private readonly log: Logger,
  ) {}

  card(id: string): Message[] | null {
    return this.cards.get(id) ?? null;
  }

  version(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  /** The reply to `case` in this conversation: the case card and its deadlines (none before `case open`). */
  async refresh(conversationId: string): Promise<void> {
    const handler = this.ctx.cases.handlers.find((h) => h.namespace === 'case');
    if (!handler?.onText) return;
    const turn: Turn = {
      platform: 'web',
      conversationId,
      userId: 'playground-panel',
      shared: false,
      input: { kind: 'text', text: 'case' },
    };
    try {
      const res = await handler.onText(turn, 'case', '', this.services);
      this.cards.set(conversationId, res?.replies ?? null);
    } catch (err) {
      this.log.warn({ err: errorText(err) }, 'case card refresh failed');
    }
    this.versions.set(conversationId, this.version(conversationId) + 1);
  }
}

interface Playground {
  ctx: PlaygroundContext;
  log: Logger;
  conversations: PlaygroundConversations;
  notifier: WebNotifier;
  cards: CaseCards;
  /** The demo clock, when it may be moved (never when real channels use the bot's clock). */
  demoClock?: AdvanceableClock;
}

/** The bot's messages into the Web Chat conversation, as the Adaptive Cards Teams gets. */
function sendBot(p: Playground, conversationId: string, messages: Message[], replyToId?: string): void {
  p.conversations.remember(conversationId, messages);
  for (const m of messages) {
    p.conversations.append(conversationId, {
      type: 'message',
      from: BOT,
      ...(replyToId ? { replyToId } : {}),
      attachments: [{ contentType: ADAPTIVE_CARD, content: forWebChat(renderAdaptiveCard(m)) }],
    });
  }
}

/** Direct Line: what the person types or clicks in Web Chat, a new conversation (the help card), a revived one. */
function directLineHandlers(p: Playground) {
  const { ctx, log, conversations, cards } = p;
  return {
    async onUserActivity(conversationId: string, activity: DirectLineActivity): Promise<void> {
      const input = inputFromActivity(activity, conversations.recent(conversationId));
      if (!input) return;
      const { from } = activity;
      const turn: Turn = {
        platform: 'web',
        conversationId,
        userId: from.id,
        ...(from.name ? { userName: from.name } : {}),
        shared: false,
        input,
      };
      try {
        const result = await ctx.engine.handle(turn);
        // Files (a case chronology) come as download links.
        const downloads = ctx.downloads;
        const replies = downloads ? await Promise.all(result.replies.map((m) => downloads.withLinks(m))) : result.replies;
        sendBot(p, conversationId, replies, activity.id);
      } catch (err) {
        log.error({ err: errorText(err) }, 'turn failed');
        sendBot(p, conversationId, [sorry()], activity.id);
      }
      await cards.refresh(conversationId);
    },
    async onCreate(conversationId: string): Promise<void> {
      sendBot(p, conversationId, [ctx.engine.help()]);
      await cards.refresh(conversationId);
    },
    async onRevive(conversationId: string): Promise<void> {
      const note = text('The playground restarted: earlier messages are not shown, but this conversation and its case carry on.', 'subtle');
      sendBot(p, conversationId, [{ blocks: [note] }]);
      await cards.refresh(conversationId);
    },
  };
}

/** The page, its script and style, and Web Chat's bundle. */
function mountPage(app: Express): void {
  app.get('/', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'index.html')));
  app.get('/playground/app.js', (_req, res) => res.type('text/javascript').sendFile(path.join(PUBLIC_DIR, 'app.js')));
  app.get('/playground/app.css', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'app.css')));
  const bundle = webChatBundlePath();
  app.get('/playground/webchat.js', (_req, res) => res.type('text/javascript').sendFile(bundle, { maxAge: '1h' }));
}

const clockBody = z.object({ step: z.enum(['hour', 'day', 'next']), conversationId: z.string().max(100).optional() });
const actionBody = z.object({
  conversationId: z.string().min(1).max(100),
  messageId: z.string().max(100).optional(),
  data: z.record(z.string(), z.unknown()),
});

/** A button pressed on a message in the case channel panel (done / snooze...): its turn, its answer in the channel. */
async function channelAction(p: Playground, body: z.infer<typeof actionBody>): Promise<{ status: number; json: unknown }> {
  const { conversationId, messageId, data } = body;
  const source = p.notifier.entries(conversationId).find((e) => e.messageId === messageId);
  const input = inputFromActivity({ value: data }, source ? [source.message] : []);
  if (!input || input.kind !== 'action') return { status: 400, json: { error: 'data.sg must be an action payload' } };
  // A case channel is shared: state is kept per person there.
  const turn: Turn = { platform: 'web', conversationId, userId: 'playground-user', userName: 'Playground user', shared: true, input };
  const result = await p.ctx.engine.handle(turn);
  const to = { platform: 'web' as const, conversationId };
  // Personal replies (e.g. "Marked done") go to the person who clicked, not the channel.
  const forChannel = result.replies.filter((m, i) => !m.personal || (i === 0 && result.replaceSource));
  const personal = result.replies.filter((m) => !forChannel.includes(m));
  const [first, ...rest] = forChannel;
  if (first && result.replaceSource && source && first === result.replies[0]) {
    await p.notifier.update(to, { platform: 'web', conversationId, messageId: source.messageId }, first);
  } else if (first) await p.notifier.post(to, first);
  for (const m of rest) await p.notifier.post(to, m);
  await p.cards.refresh(conversationId);
  return { status: 200, json: { ok: true, personal } };
}

/** The side panel's API: what it shows, the demo clock, and the case channel's buttons. */
function panelApi(p: Playground): express.Router {
  const { ctx, notifier, cards, demoClock } = p;
  const api = express.Router();
  api.use(express.json({ limit: '50kb' }));
  // What the side panel shows: bot time, the case card, and what the case channel received.
  api.get('/panel', (req, res) => {
    const id = typeof req.query.conversationId === 'string' ? req.query.conversationId : '';
    res.set('Cache-Control', 'no-store').json({
      now: ctx.clock.now().toISOString(),
      demoClock: Boolean(demoClock),
      // How far the demo clock has been moved (OffsetClock); the page says "ahead of real time by ...".
      aheadMs: demoClock instanceof OffsetClock ? demoClock.offset : 0,
      version: cards.version(id) + notifier.version(id),
      caseCard: cards.card(id),
      channel: notifier.entries(id),
    });
  });
  api.post('/clock', async (req, res) => {
    if (!demoClock)
      return void res.status(409).json({
        error: 'The demo clock is off: real channels (Teams, Slack or a shared database) use this bot, so its time is never moved.',
      });
    const body = clockBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'step must be hour, day or next' });
    const before = notifier.posted;
    const out = await advanceDemoClock(demoClock, ctx.cases, body.data.step);
    if (body.data.conversationId) await cards.refresh(body.data.conversationId);
    res.json({ now: ctx.clock.now().toISOString(), ...out, posted: notifier.posted - before });
  });
  api.post('/channel/action', async (req, res) => {
    const body = actionBody.safeParse(req.body);
    if (!body.success) return void res.status(400).json({ error: 'conversationId and data are required' });
    try {
      const out = await channelAction(p, body.data);
      res.status(out.status).json(out.json);
    } catch (err) {
      p.log.error({ err: errorText(err) }, 'channel action failed');
      res.status(500).json({ error: 'Something went wrong on the bot side.' });
    }
  });
  return api;
}

export async function mountPlayground(app: Express, ctx: PlaygroundContext): Promise<{ notifier: Notifier }> {
  const log = ctx.log.child({ part: 'playground' });
  const services: Services = { store: ctx.store, clock: ctx.clock, log: ctx.log, deps: ctx.deps ?? {} };
  const notifier = new WebNotifier(ctx.clock);
  const p: Playground = {
    ctx,
    log,
    conversations: new PlaygroundConversations(),
    notifier,
    cards: new CaseCards(ctx, services, log),
    // The clock control moves the bot's time: never when real channels (Teams, Slack, a shared database) use that clock.
    ...(ctx.config.demoClockEnabled && isAdvanceable(ctx.clock) ? { demoClock: ctx.clock } : {}),
  };
  notifier.onChange((id) => void p.cards.refresh(id));
  app.use('/v3/directline', directLineRouter(p.conversations, directLineHandlers(p)));
  mountPage(app);
  app.use('/playground/api', panelApi(p));
  log.info({ demoClock: Boolean(p.demoClock) }, 'playground mounted');
  return { notifier };
}
