/* eslint-disable @typescript-eslint/no-explicit-any -- Adaptive Card and Block Kit JSON are untyped here; tests read them freely */
// One small driver per platform, so a transcript ("say X, click Y, the result contains Z") is written once and
// walked on Teams (real activities to /api/messages, Action.Execute invokes), Slack (signed slash commands and
// block_actions) and the playground (Direct Line, Action.Submit), all against one real app instance.
import { FakeConnector, TeamsActivities, actionsOf, cardOf, person, postActivity } from './fakeConnector.js';
import { FakeSlack, SlackDriver, buttonLabels, visibleText, type Place, type Recorded as SlackCall } from './fakeSlack.js';
import { startTestServer, type TestServer } from './server.js';
import { DirectLineClient, type Activity } from '../web/support.js';

export type Platform = 'teams' | 'slack' | 'playground';
/** Input values by input id: a single choice/date/text as a string, a multi-select as the ids ticked. */
export type Selections = Record<string, string | string[]>;

export interface PlatformDriver {
  readonly platform: Platform;
  /** Type a message (Slack: `/safeguard <text>`). Resolves when the bot's answer has arrived. */
  say(text: string): Promise<void>;
  /** Press the button with this label on the latest bot message, with these input values. */
  click(label: string | RegExp, selections?: Selections): Promise<void>;
  /** Choose from a single-choice list: where choosing answers at once (Slack's select) that is all; elsewhere
   * the choice is made and the button labelled `label` (e.g. Continue) is pressed. */
  choose(selections: Selections, label: string | RegExp): Promise<void>;
  /** Open what the latest message keeps behind "More" (Slack); cards carry their details already (Show details). */
  expand(): Promise<void>;
  /** The text a person sees before opening the details. */
  firstScreenText(): string;
  /** Taps (clicks, choices) made so far: each button press and each option chosen is one. */
  readonly taps: number;
  /** All visible text of the latest bot message, normalised (see normaliseText). */
  lastText(): string;
  /** Button labels of the latest bot message. */
  lastButtons(): string[];
}

/** Plain text that compares across platforms: no-break spaces, curly quotes, Slack escapes and bold marks, runs of space. */
export function normaliseText(s: string): string {
  return s
    .replace(/\[([^[\]]+)\]\((?:tel|https?|mailto):[^)\s]+\)/g, '$1') // markdown links: their label
    .replace(/<(?:tel|https?|mailto):[^|>]+\|([^>]+)>/g, '$1') // Slack links: their label
    .replace(/\u00a0/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const matches = (title: string, label: string | RegExp) => (typeof label === 'string' ? title === label : label.test(title));

// ---- Adaptive Cards (Teams and the playground) ----

/** The visible text of an Adaptive Card: text blocks, fact sets, input labels (choices are inputs, not text). */
export function cardVisibleText(card: Record<string, any>, opts: { hidden?: boolean } = {}): string {
  const out: string[] = [];
  const walk = (els: any[] | undefined): void => {
    for (const el of els ?? []) {
      if (!el || typeof el !== 'object') continue;
      if (opts.hidden === false && el.isVisible === false) continue; // hidden
      // What "Show details" (Action.ShowCard) opens, unless only the first screen is asked for.
      if (el.type === 'ActionSet' && opts.hidden !== false)
        for (const a of el.actions ?? []) if (a.type === 'Action.ShowCard') walk(a.card?.body);
      if (el.type === 'TextBlock' && typeof el.text === 'string') out.push(el.text);
      if (el.type === 'RichTextBlock') out.push((el.inlines ?? []).map((i: any) => (typeof i === 'string' ? i : i.text)).join(''));
      if (el.type === 'FactSet') for (const f of el.facts ?? []) out.push(`${f.title}: ${f.value}`);
      if (typeof el.type === 'string' && el.type.startsWith('Input.') && el.label) out.push(el.label);
      walk(el.items);
      for (const col of el.columns ?? []) walk(col.items);
    }
  };
  walk(card.body);
  return normaliseText(out.join('\n'));
}

/** Input values as a card client sends them: a multi-select as "a,b". */
const cardValues = (selections: Selections): Record<string, string> =>
  Object.fromEntries(Object.entries(selections).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));

interface TeamsShown {
  id: string;
  card?: Record<string, any>;
  text?: string;
}

export class TeamsDriver implements PlatformDriver {
  readonly platform = 'teams' as const;
  taps = 0;
  private latest?: TeamsShown;
  constructor(
    private readonly botUrl: string,
    private readonly fc: FakeConnector,
    private readonly u: TeamsActivities,
  ) {}

  private shown(r: { id: string; body: Record<string, unknown> }): TeamsShown {
    const card = cardOf(r.body);
    return card ? { id: r.id, card } : { id: r.id, text: typeof r.body.text === 'string' ? r.body.text : '' };
  }

  private postedSince(before: number): TeamsShown[] {
    return this.fc
      .sent(this.u.conversationId)
      .slice(before)
      .map((r) => this.shown(r));
  }

  async say(text: string): Promise<void> {
    const before = this.fc.sent(this.u.conversationId).length;
    const res = await postActivity(this.botUrl, this.u.message(text));
    if (res.status !== 200) throw new Error(`teams: /api/messages answered ${res.status}`);
    const posted = this.postedSince(before);
    if (!posted.length) throw new Error(`teams: no reply to "${text}"`);
    this.latest = posted[posted.length - 1];
  }

  async choose(selections: Selections, label: string | RegExp): Promise<void> {
    // A card's choice list submits with a button: one tap to choose, one to press it.
    this.taps += Object.keys(selections).length;
    await this.click(label, selections);
  }

  async expand(): Promise<void> {
    // "Show details" (Action.ToggleVisibility) opens in the client: the hidden part is in the card already.
  }

  firstScreenText(): string {
    return this.latest?.card ? cardVisibleText(this.latest.card, { hidden: false }) : this.lastText();
  }

  async click(label: string | RegExp, selections: Selections = {}): Promise<void> {
    this.taps++;
    const source = this.latest;
    const action = source?.card ? actionsOf(source.card).find((a) => a.type === 'Action.Execute' && matches(a.title, label)) : undefined;
    if (!source || !action) throw new Error(`teams: no button ${String(label)} in: ${this.lastButtons().join(' | ')}`);
    const before = this.fc.sent(this.u.conversationId).length;
    const invoke = this.u.execute(
      { verb: action.verb!, title: action.title, data: { ...action.data, ...cardValues(selections) } },
      source.id,
    );
    const res = await postActivity(this.botUrl, invoke);
    if (res.status !== 200) throw new Error(`teams: invoke answered ${res.status}`);
    const posted = this.postedSince(before);
    const body = res.body as { statusCode?: number; type?: string; value?: unknown } | undefined;
    if (body?.type === 'application/vnd.microsoft.card.adaptive') {
      // The card is replaced in place; replies after the first are posted below it.
      const replaced: TeamsShown = { id: source.id, card: body.value as Record<string, any> };
      this.latest = posted.length ? posted[posted.length - 1] : replaced;
      return;
    }
    if (posted.length) this.latest = posted[posted.length - 1];
    else this.latest = { id: source.id, text: typeof body?.value === 'string' ? body.value : JSON.stringify(body) };
  }

  lastText(): string {
    const l = this.latest;
    return l?.card ? cardVisibleText(l.card) : normaliseText(l?.text ?? '');
  }

  lastButtons(): string[] {
    return this.latest?.card ? actionsOf(this.latest.card).map((a) => a.title) : [];
  }
}

// ---- Slack ----

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update']);
const isMessage = (c: SlackCall) => c.kind === 'respond' || MESSAGE_METHODS.has(c.method);
/** How long the app has to send the next page of an answer once a page that ends a message has arrived. */
const SLACK_SETTLE_MS = 60;

type Blocks = Array<Record<string, any>>;

/** A page ends a message when it carries the message's tail: its buttons or its "Source:" line. */
function endsMessage(blocks: Blocks): boolean {
  return blocks.some(
    (b) =>
      (b.type === 'actions' && /^sg-(buttons|links)-/.test(String(b.block_id ?? ''))) ||
      (b.type === 'context' && (b.elements ?? []).some((e: any) => /^Source: /.test(String(e.text ?? '')))),
  );
}

interface SlackPage {
  blocks: Blocks;
  ts?: string;
  ephemeral: boolean;
  text: string;
}

function pageOf(r: SlackCall): SlackPage {
  const body = r.body;
  const blocks = (body.blocks as Blocks | undefined) ?? [];
  const ephemeral = r.kind === 'respond' ? body.response_type !== 'in_channel' : r.method === 'chat.postEphemeral';
  const tsRaw = r.method === 'chat.update' ? body.ts : r.method === 'chat.postMessage' ? r.response?.ts : undefined;
  return { blocks, ephemeral, text: String(body.text ?? ''), ...(typeof tsRaw === 'string' ? { ts: tsRaw } : {}) };
}

export class SlackPlatformDriver implements PlatformDriver {
  readonly platform = 'slack' as const;
  taps = 0;
  /** The pages of the latest message (a long message is split into several, buttons on the last). */
  private latest: SlackPage[] = [];
  constructor(
    private readonly slack: SlackDriver,
    private readonly fake: FakeSlack,
    private readonly at: Place,
  ) {}

  /** Every message call from `from` on, once the answer has stopped arriving. */
  private async answer(from: number): Promise<SlackCall[]> {
    await this.fake.nextMessage(from);
    for (;;) {
      const got = this.fake.calls.slice(from).filter(isMessage);
      const last = pageOf(got[got.length - 1]!);
      try {
        // A page without its tail means more pages are coming; after a complete page, wait briefly for another reply.
        await this.fake.waitFor(isMessage, { from: this.fake.calls.length, timeoutMs: endsMessage(last.blocks) ? SLACK_SETTLE_MS : 5000 });
      } catch {
        return this.fake.calls.slice(from).filter(isMessage);
      }
    }
  }

  private async receive(from: number): Promise<void> {
    const pages = (await this.answer(from)).map(pageOf);
    // The latest message: the pages after the last page that ended an earlier message.
    let start = 0;
    for (let i = 0; i < pages.length - 1; i++) if (endsMessage(pages[i]!.blocks)) start = i + 1;
    this.latest = pages.slice(start);
  }

  async say(text: string): Promise<void> {
    const { res, from } = await this.slack.command(text, this.at);
    if (res.status !== 200) throw new Error(`slack: /safeguard answered ${res.status}`);
    await this.receive(from);
  }

  /** The select for this input that answers at once (action_id sg-pick:...), on the latest message. */
  private pickSelect(inputId: string): { page: SlackPage; element: Record<string, any> } | undefined {
    for (const page of this.latest) {
      const block = page.blocks.find((b) => b.type === 'actions' && b.block_id === inputId);
      const element = (block?.elements ?? []).find((e: any) => String(e.action_id ?? '').startsWith('sg-pick:'));
      if (element) return { page, element };
    }
    return undefined;
  }

  async choose(selections: Selections, label: string | RegExp): Promise<void> {
    const entries = Object.entries(selections);
    const [inputId, value] = entries[0] ?? [];
    const found = entries.length === 1 && typeof value === 'string' ? this.pickSelect(inputId!) : undefined;
    if (!found) return this.click(label, selections);
    this.taps++;
    // What Slack sends when an option is chosen in a select of an actions block: block_actions, at once.
    const { res, from } = await this.slack.choose(found.page, inputId!, value as string, this.at);
    if (res.status !== 200) throw new Error(`slack: block_actions answered ${res.status}`);
    await this.receive(from);
  }

  async expand(): Promise<void> {
    if (this.lastButtons().includes('More')) await this.click('More');
  }

  firstScreenText(): string {
    return this.lastText();
  }

  async click(label: string | RegExp, selections: Selections = {}): Promise<void> {
    this.taps++;
    const page = this.latest.find((p) => buttonLabels(p.blocks).some((l) => matches(l, label))) ?? this.latest[this.latest.length - 1];
    if (!page || !buttonLabels(page.blocks).some((l) => matches(l, label))) {
      throw new Error(`slack: no button ${String(label)} in: ${this.lastButtons().join(' | ')}`);
    }
    const { res, from } = await this.slack.click(page, label, this.at, selections);
    if (res.status !== 200) throw new Error(`slack: block_actions answered ${res.status}`);
    await this.receive(from);
  }

  lastText(): string {
    return normaliseText(this.latest.map((p) => visibleText(p.blocks)).join('\n'));
  }

  lastButtons(): string[] {
    return this.latest.flatMap((p) => buttonLabels(p.blocks));
  }
}

// ---- The playground (Direct Line, as Web Chat speaks it) ----

export class PlaygroundDriver implements PlatformDriver {
  readonly platform = 'playground' as const;
  taps = 0;
  private latest?: Activity;
  constructor(private readonly dl: DirectLineClient) {}

  static async open(url: string): Promise<PlaygroundDriver> {
    const dl = new DirectLineClient(url);
    const driver = new PlaygroundDriver(dl);
    driver.take(await dl.start());
    return driver;
  }

  private take(activities: Activity[]): void {
    const bot = activities.filter((a) => a.from.role === 'bot');
    if (!bot.length) throw new Error('playground: no reply from the bot');
    this.latest = bot[bot.length - 1];
  }

  private card(): Record<string, any> | undefined {
    return this.latest?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  }

  async say(text: string): Promise<void> {
    this.take(await this.dl.send({ text }));
  }

  async choose(selections: Selections, label: string | RegExp): Promise<void> {
    this.taps += Object.keys(selections).length;
    await this.click(label, selections);
  }

  async expand(): Promise<void> {
    // Show details opens in Web Chat itself: the hidden part is in the card already.
  }

  firstScreenText(): string {
    const card = this.card();
    return card ? cardVisibleText(card, { hidden: false }) : this.lastText();
  }

  async click(label: string | RegExp, selections: Selections = {}): Promise<void> {
    this.taps++;
    const card = this.card();
    const action = card ? actionsOf(card).find((a) => a.type === 'Action.Submit' && matches(a.title, label)) : undefined;
    if (!action) throw new Error(`playground: no button ${String(label)} in: ${this.lastButtons().join(' | ')}`);
    this.take(await this.dl.send({ value: { ...action.data, ...cardValues(selections) } }));
  }

  lastText(): string {
    const card = this.card();
    return card ? cardVisibleText(card) : normaliseText(this.latest?.text ?? '');
  }

  lastButtons(): string[] {
    const card = this.card();
    return card ? actionsOf(card).map((a) => a.title) : [];
  }
}

// ---- One app instance with all three platforms on ----

export const SLACK_SECRET = 'shared-transcripts-secret-5d1e';

export interface Platforms {
  server: TestServer;
  fc: FakeConnector;
  fake: FakeSlack;
  /** A fresh conversation (a new person) on a platform. */
  driver(platform: Platform): Promise<PlatformDriver>;
  close(): Promise<void>;
}

export async function startPlatforms(env: Record<string, string> = {}): Promise<Platforms> {
  const fc = await new FakeConnector().start();
  const fake = await FakeSlack.start();
  const server = await startTestServer({
    env: {
      PLAYGROUND: 'on',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: 'fake-bot-token-transcripts',
      SLACK_API_URL: fake.apiUrl,
      ...env,
    },
  });
  const slack = new SlackDriver(server.url, SLACK_SECRET, fake);
  let n = 0;
  return {
    server,
    fc,
    fake,
    async driver(platform) {
      n++;
      if (platform === 'teams') return new TeamsDriver(server.url, fc, TeamsActivities.personal(fc.url, person(9000 + n)));
      if (platform === 'slack') {
        // A shared channel: a person's walk is private to them (ephemeral, replaced through response_url).
        const at: Place = { channel: 'C0SHARED', channelName: 'safeguarding-team', user: `U0WALK${n}`, userName: `walker${n}` };
        return new SlackPlatformDriver(slack, fake, at);
      }
      return PlaygroundDriver.open(server.url);
    },
    async close() {
      await server.close();
      await fake.close();
      await fc.close();
    },
  };
}
