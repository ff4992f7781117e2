// The slash command /safeguard: acked at once, then answered as a typed turn (through response_url).
import type { App } from '@slack/bolt';
import type { Where } from './deliver.js';
import { isDm, mentionsIn, plainText } from './text.js';
import type { HandlerDeps, Run } from './turns.js';

type Command = { trigger_id?: string; user_id: string; channel_id: string; response_url: string; text?: string; user_name?: string };

async function onCommand(d: HandlerDeps, run: Run, command: Command, retryNum?: number, botUserId?: string): Promise<void> {
  // Slack may retry a command it thinks timed out (X-Slack-Retry-Num): the same trigger is answered once.
  const trigger = command.trigger_id ? `cmd:${command.trigger_id}:${command.user_id}` : undefined;
  const first = trigger ? await d.seenEvents.claim(trigger, 1) : true;
  if (!first && retryNum) return void d.log.info({}, 'slack command retry already handled');
  const where: Where = {
    channel: command.channel_id,
    user: command.user_id,
    shared: !isDm(command.channel_id),
    responseUrl: command.response_url,
    command: true,
  };
  const raw = command.text ?? '';
  await run(where, { kind: 'text', text: plainText(raw) }, command.user_name, mentionsIn(raw, botUserId));
}

export function registerCommands(app: App, d: HandlerDeps, run: Run): void {
  app.command('/safeguard', async ({ command, ack, context }) => {
    await ack();
    d.afterAck.run(() => onCommand(d, run, command, context.retryNum, context.botUserId));
  });
}
