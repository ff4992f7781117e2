// `npm run chat`: talk to the assistant in a terminal, over the same Engine and flows as Teams and Slack.
// Buttons are numbered; on a screen with choices, type the option numbers (e.g. 1,4) to tick and submit (-4 unticks).
import { createInterface } from 'node:readline';
import type { Input, Turn } from '../conversation/model.js';
import { MemoryStore } from '../store/memory.js';
import { systemClock } from '../clock.js';
import { silentLogger } from '../logger.js';
import { loadConfig } from '../config.js';
import { createCore } from '../core.js';
import type { Screen } from './render.js';
import { renderScreen, valuesFromNumbers } from './render.js';

/** What a typed line becomes: option numbers submit the screen's first button with values; a button number presses it; anything else is text. */
export function inputFor(line: string, screen: Screen | undefined): Input {
  const values = screen ? valuesFromNumbers(line, screen) : undefined;
  const submit = screen?.buttons.find((b) => b.action.a !== 'back' && b.action.a !== 'restart');
  if (values && submit) return { kind: 'action', action: submit.action, values };
  // A number presses the button shown with that number (the screen may mix flows, e.g. an answer inside a walk).
  const pressed = screen && !screen.options.length && /^\d+$/.test(line.trim()) ? screen.buttons[Number(line.trim()) - 1] : undefined;
  if (pressed) return { kind: 'action', action: pressed.action };
  return { kind: 'text', text: line };
}

export async function runChat(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  // The same core as the server; case commands answer here too (the terminal is one "channel", where a case cannot
  // be opened); reminders are not delivered to a terminal.
  const { engine } = createCore({
    config: loadConfig(),
    store: new MemoryStore(),
    clock: systemClock,
    log: silentLogger,
    oversight: false,
  });
  const write = (s: string) => output.write(s + '\n');
  let screen: Screen | undefined = renderScreen([engine.help()]);
  write(screen.text);
  write('\n(Type help, a command such as "refer", or quit.)');
  output.write('> ');
  const rl = createInterface({ input, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (/^(quit|exit)$/i.test(line)) break;
    if (line) {
      const turn: Turn = { platform: 'cli', conversationId: 'terminal', userId: 'you', shared: false, input: inputFor(line, screen) };
      try {
        const result = await engine.handle(turn);
        screen = renderScreen(result.replies);
        write(screen.text);
      } catch (err) {
        write(`Sorry, something went wrong: ${(err as Error).message}`);
      }
    }
    output.write('> ');
  }
  write('\nBye.');
  rl.close();
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli/chat.ts')) {
  runChat(process.stdin, process.stdout).catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  });
}
