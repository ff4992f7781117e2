// Bolt listeners, by kind: commands, block_actions, modals, events and App Home, behind the global middleware. Each
// one acks first (Slack's 3-second rule); its work (a Turn asked of the engine and delivered) runs after the ack, in
// the AfterAck queue.
import type { App } from '@slack/bolt';
import { errorText } from '../logger.js';
import { registerMiddleware } from './middleware.js';
import { registerCommands } from './commands.js';
import { registerActions } from './actions.js';
import { registerViews } from './views.js';
import { registerEvents } from './events.js';
import { registerAppHome } from './appHome.js';
import { createRun, type HandlerDeps } from './turns.js';

export type { HandlerDeps } from './turns.js';

export function registerHandlers(app: App, d: HandlerDeps): void {
  const run = createRun(d);
  registerMiddleware(app, d);
  registerCommands(app, d, run);
  registerActions(app, d, run);
  registerViews(app, d, run);
  registerEvents(app, d, run);
  registerAppHome(app, d);
  app.error(async (e) => {
    d.log.error({ code: (e as { code?: string }).code, err: errorText(e) }, 'slack listener failed');
  });
}
