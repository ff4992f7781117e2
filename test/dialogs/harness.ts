// Transcript harness: drive the real core (createCore, as the server and the terminal chat build it, over a
// MemoryStore) with what a user says or clicks, and read back every rendered text of the replies.
import type { Engine } from '../../src/conversation/engine.js';
import { createCore } from '../../src/core.js';
import { loadConfig } from '../../src/config.js';
import { EmbeddedScheduler } from '../../src/reminders/embedded.js';
import type { Button, Message, Turn } from '../../src/conversation/model.js';
import { flatBlocks } from '../../src/conversation/model.js';
import { MemoryStore } from '../../src/store/memory.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { procedureFlows } from '../../dialogs/index.js';
import type { Flow } from '../../src/conversation/flow.js';
import type { ContactsDirectory } from '../../src/procedure/contacts.js';
import { flowDeps } from '../support/core.js';

/** A user step: plain text, or a click on a button (by label) with optional input values. */
export type Step = string | { click: string; values?: Record<string, string | string[]> };
/** [what the user does, what the reply must contain (all, case-insensitive), what it must not contain]. */
export type Row = [Step, string[], string[]?];

/** Every piece of text a user can see in a message: title, blocks, inputs and options, buttons, sources. */
export function textOf(messages: Message[]): string {
  const out: string[] = [];
  for (const m of messages) {
    if (m.title) out.push(m.title);
    for (const b of flatBlocks(m.blocks)) {
      if (b.type === 'heading' || b.type === 'text') out.push(b.text);
      else if (b.type === 'links') out.push(...b.links.map((l) => l.label));
      else if (b.type === 'list') out.push(...b.items);
      else if (b.type === 'facts') out.push(...b.facts.map((f) => `${f.label}: ${f.value}`));
      else if (b.type === 'progress') out.push(`${b.label ? `${b.label}: ` : ''}${b.done} of ${b.total} done`);
      else if (b.type === 'input') {
        out.push(b.input.label);
        if (b.input.kind === 'choice') out.push(...b.input.options.map((o) => o.label));
        else if (b.input.placeholder) out.push(b.input.placeholder);
      }
    }
    out.push(...(m.buttons ?? []).map((x) => x.label), ...(m.links ?? []).map((l) => l.label), ...(m.sources ?? []));
  }
  return out.join('\n');
}

export interface Chat {
  engine: Engine;
  /** Every message the bot has sent in this chat, in order. */
  seen: Message[];
  send(step: Step): Promise<Message[]>;
  lastButtons(): Button[];
}

export function newChat(opts: { contacts?: ContactsDirectory; shared?: boolean; flows?: Flow[] } = {}): Chat {
  const deps = { ...flowDeps(), ...(opts.contacts ? { contacts: opts.contacts } : {}) };
  const store = new MemoryStore();
  const clock = new ManualClock(new Date('2026-03-02T10:00:00Z'));
  const scheduler = new EmbeddedScheduler(store, { clock, pollMs: 0, retryBaseMs: 60_000, log: silentLogger });
  const { engine } = createCore({
    config: loadConfig({ NODE_ENV: 'test' }),
    store,
    clock,
    log: silentLogger,
    deps,
    scheduler,
    flows: opts.flows ?? procedureFlows,
  });
  let last: Message[] = [];
  const seen: Message[] = [];
  const turn = (input: Turn['input']): Turn => ({
    platform: 'cli',
    conversationId: 'c1',
    userId: 'u1',
    shared: opts.shared ?? false,
    input,
  });
  return {
    engine,
    seen,
    lastButtons: () => last.flatMap((m) => m.buttons ?? []),
    async send(step) {
      let input: Turn['input'];
      if (typeof step === 'string') input = { kind: 'text', text: step };
      else {
        const b = last.flatMap((m) => m.buttons ?? []).find((x) => x.label.toLowerCase() === step.click.toLowerCase());
        if (!b)
          throw new Error(
            `No button "${step.click}" on screen; buttons: ${last
              .flatMap((m) => m.buttons ?? [])
              .map((x) => x.label)
              .join(' | ')}`,
          );
        input = { kind: 'action', action: b.action, ...(step.values ? { values: step.values } : {}) };
      }
      const res = await engine.handle(turn(input));
      last = res.replies;
      seen.push(...res.replies);
      return res.replies;
    },
  };
}

/** Run a transcript table; returns the chat so a test can check more. Fails with the row that broke. */
export async function runTranscript(rows: Row[], chat: Chat = newChat()): Promise<Chat> {
  for (const [i, [step, must, mustNot]] of rows.entries()) {
    const reply = textOf(await chat.send(step)).toLowerCase();
    for (const s of must) {
      if (!reply.includes(s.toLowerCase()))
        throw new Error(`Row ${i + 1} (${JSON.stringify(step)}): reply lacks "${s}".\nReply was:\n${reply}`);
    }
    for (const s of mustNot ?? []) {
      if (reply.includes(s.toLowerCase()))
        throw new Error(`Row ${i + 1} (${JSON.stringify(step)}): reply should not contain "${s}".\nReply was:\n${reply}`);
    }
  }
  return chat;
}
