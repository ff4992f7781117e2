// Neutral messages as terminal text: buttons numbered (the engine matches typed numbers to them),
// choice options numbered separately when a message has inputs (typed as "1,4,7").
import type { Block, Button, InputField, Message } from '../conversation/model.js';
import { detailsTitle } from '../conversation/model.js';
import { citations } from '../conversation/sources.js';

export interface ScreenOption {
  n: number;
  inputId: string;
  value: string;
  multi: boolean;
}

export interface Screen {
  text: string;
  buttons: Button[];
  options: ScreenOption[];
  /** Current values of the inputs on screen (pre-filled ticks). */
  values: Record<string, string[]>;
}

function blockLines(b: Block, optionLines: (input: InputField) => string[]): string[] {
  switch (b.type) {
    case 'heading':
      return ['', `== ${b.text} ==`];
    case 'text':
      return [b.tone === 'warning' ? `! ${b.text}` : b.tone === 'subtle' ? `  (${b.text})` : b.text];
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${(b.start ?? 1) + i}.` : '-'} ${item}`);
    case 'facts':
      return b.facts.map((f) => `  ${f.label}: ${f.value}`);
    case 'progress':
      return [`Progress: ${b.label ? `${b.label}: ` : ''}${b.done} of ${b.total} done`];
    case 'divider':
      return ['----'];
    case 'input':
      return optionLines(b.input);
    case 'links':
      return b.links.map((l) => `  Link: ${l.label} ${l.url}`);
    case 'details':
      // A terminal has no "Show details": the rest follows, under its own line.
      return ['', `-- ${detailsTitle(b.label)} --`, ...b.blocks.flatMap((x) => blockLines(x, optionLines))];
  }
}

/** Render the replies of one turn. Option numbers run across all inputs shown; buttons across all messages. */
export function renderScreen(messages: Message[]): Screen {
  const lines: string[] = [];
  const buttons: Button[] = [];
  const options: ScreenOption[] = [];
  const values: Record<string, string[]> = {};
  let buttonIntro: string | undefined;
  const optionLines = (input: InputField): string[] => {
    if (input.kind !== 'choice') return [`[${input.label}] (type it)`];
    const current = Array.isArray(input.value) ? input.value : input.value ? [input.value] : [];
    values[input.id] = current;
    const out = [`${input.label}${input.multi ? ' (pick any)' : ' (pick one)'}:`];
    for (const o of input.options) {
      const n = options.length + 1;
      options.push({ n, inputId: input.id, value: o.value, multi: Boolean(input.multi) });
      out.push(`  (${n}) ${current.includes(o.value) ? '[x] ' : ''}${o.label}`);
    }
    return out;
  };
  for (const m of messages) {
    if (m.title) lines.push('', `### ${m.title}`);
    // A last line that introduces the buttons ("Related questions:") goes with them, at the end.
    const last = m.blocks.at(-1);
    const intro = last?.type === 'text' && last.tone === 'subtle' && last.text.endsWith(':') && m.buttons?.length ? last : undefined;
    if (intro) buttonIntro = intro.text;
    for (const b of intro ? m.blocks.slice(0, -1) : m.blocks) lines.push(...blockLines(b, optionLines));
    if (m.sources?.length) lines.push(`  Sources: ${citations(m.sources).join(', ')}`);
    for (const l of m.links ?? []) lines.push(`  Link: ${l.label} ${l.url}`);
    buttons.push(...(m.buttons ?? []));
  }
  if (options.length && buttons.length) {
    const multi = options.some((o) => o.multi);
    lines.push(
      '',
      multi
        ? 'Type the numbers to tick, e.g. 1,4 (to untick one: -4); this also presses the first button. Or a button name:'
        : 'Type the number of your choice, e.g. 3 (this also presses the first button), or a button name:',
    );
    lines.push(buttons.map((b) => `[${b.label}]`).join('  '));
  } else if (buttons.length) {
    lines.push('', ...(buttonIntro ? [buttonIntro] : []), buttons.map((b, i) => `[${i + 1}] ${b.label}`).join('  '));
  }
  return { text: lines.join('\n').replace(/^\n+/, ''), buttons, options, values };
}

/**
 * "1,4,7" typed on a screen with options: the values to submit with the screen's first button.
 * Numbers tick (what is already ticked stays ticked); "-4" or "untick 4" unticks; single choices take the last number.
 */
export function valuesFromNumbers(raw: string, screen: Screen): Record<string, string[]> | undefined {
  const m = /^\s*(untick|un-tick|remove|clear|unselect)?\s*(-?\d+(\s*[, ]\s*-?\d+)*)\s*$/i.exec(raw);
  if (!screen.options.length || !m) return undefined;
  const untickAll = Boolean(m[1]);
  const tokens = m[2]!.split(/[\s,]+/).filter(Boolean);
  const picked = tokens.map((tok) => ({
    off: untickAll || tok.startsWith('-'),
    option: screen.options.find((o) => o.n === Math.abs(Number(tok))),
  }));
  if (picked.some((p) => !p.option)) return undefined;
  const values: Record<string, string[]> = {};
  for (const [id, v] of Object.entries(screen.values)) values[id] = [...v];
  for (const { off, option } of picked as Array<{ off: boolean; option: ScreenOption }>) {
    const cur = values[option.inputId] ?? [];
    if (!option.multi) values[option.inputId] = off ? cur.filter((v) => v !== option.value) : [option.value];
    else if (off) values[option.inputId] = cur.filter((v) => v !== option.value);
    else if (!cur.includes(option.value)) values[option.inputId] = [...cur, option.value];
  }
  return values;
}
