// The `help` card: what the assistant can do, from the flows and handlers actually wired in.
import type { CommandHandler, Flow } from './flow.js';
import type { Message } from './model.js';
import { text } from './model.js';

export const EMERGENCY_LINE = 'If a child is in immediate danger, call 999.';

/** What a platform says when a turn failed on the bot's side. */
export const SORRY = 'Sorry, something went wrong on my side. Please try again, or type help.';

/** Example values for placeholders a handler's help may carry ("case open <reference>"). */
const PLACEHOLDER_EXAMPLES: Record<string, string> = { reference: 'REF-123', ref: 'REF-123', name: 'golden hour' };

/**
 * Help lines survive every platform's markdown: an angle-bracket placeholder is eaten as a
 * tag ("case open <reference>" shows "case open :"), so it becomes an example value or a plain capitalised word.
 */
export function plainHelpLine(line: string): string {
  return line.replace(/<([^<>]{1,40})>/g, (_m, p: string) => PLACEHOLDER_EXAMPLES[p.trim().toLowerCase()] ?? p.trim().toUpperCase());
}

export function helpMessage(flows: Flow[], handlers: CommandHandler[]): Message {
  const lines = flows.filter((f) => f.commands.length > 0).map((f) => `${f.commands[0]}: ${f.summary}`);
  for (const h of handlers) lines.push(...(h.help ?? []).map(plainHelpLine));
  return {
    title: 'Safeguarding trafficked children: what I can do',
    blocks: [
      text(EMERGENCY_LINE, 'warning'),
      { type: 'list', items: lines },
      text(
        'You can also type any question, e.g. "do I need consent for the NRM?". Inside a step, type the option you want, back or restart; cancel (or stop, exit, menu) leaves it.',
        'subtle',
      ),
    ],
    buttons: flows
      .filter((f) => ['refer', 'indicators', 'ways-forward', 'contacts'].includes(f.id))
      .map((f) => ({ label: f.title, action: { t: f.id, a: 'start' } })),
    personal: true,
  };
}
