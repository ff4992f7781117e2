// App Home: the Home tab (quick starts and the person's open walk-throughs), the first-visit welcome on the Messages
// tab, and the Home tab's buttons.
import type { App } from '@slack/bolt';
import { openFlows, renderHome } from './home.js';
import type { BlockActionsBody } from './values.js';
import type { Client, HandlerDeps, Run } from './turns.js';

async function publishHome(d: HandlerDeps, client: Client, user: string, dmChannel?: string): Promise<void> {
  const flows = d.ctx.engine.flowList();
  const open = await openFlows(d.ctx.engine, user, dmChannel);
  await client.views.publish({ user_id: user, view: renderHome(flows, open) });
}

/** The first time a person opens the Messages tab: the help card, once (remembered in the store). */
async function welcome(d: HandlerDeps, user: string, channel: string): Promise<void> {
  let first = false;
  await d.ctx.store.update<{ at: string }>('slack-welcomed', user, (cur) => {
    if (cur) return cur;
    first = true;
    return { at: d.ctx.clock.now().toISOString() };
  });
  if (!first) return;
  await d.delivery.send({ channel, user, shared: false }, { replies: [d.ctx.engine.help()], replaceSource: false });
}

async function dmWith(client: Client, user: string): Promise<string | undefined> {
  const res = await client.conversations.open({ users: user });
  return res.channel?.id;
}

type HomeValue = { t?: string; a?: string; k?: string };

/** "Continue" on an open walk-through: where it stands, shown in its DM or channel (only to its owner). */
async function continueFlow(d: HandlerDeps, run: Run, user: string, ref: string): Promise<void> {
  const open = await d.ctx.engine.openFlow('slack', user, ref); // undefined: someone else's walk, or ended
  if (!open) return;
  if (!open.shared && (await dmWith(d.delivery.client, user)) !== open.conversationId) return;
  // A step that is not current makes the engine show where the flow stands, changing nothing.
  await run({ channel: open.conversationId, user, shared: open.shared }, { kind: 'action', action: { t: open.flowId, a: 'show', s: -1 } });
}

/** App Home buttons: start a flow in the DM, or show where an open flow stands (in its DM or channel). */
export async function onHomeAction(d: HandlerDeps, run: Run, b: BlockActionsBody, act: BlockActionsBody['actions'][0]): Promise<void> {
  const client = d.delivery.client;
  const user = b.user.id;
  let value: HomeValue;
  try {
    value = JSON.parse(act.value ?? '{}') as HomeValue;
  } catch {
    return;
  }
  if (act.action_id.startsWith('home-start-') && value.t) {
    const dm = await dmWith(client, user);
    if (!dm) return;
    await run({ channel: dm, user, shared: false }, { kind: 'action', action: { t: value.t, a: 'start' } });
    await publishHome(d, client, user, dm);
    return;
  }
  if (act.action_id.startsWith('home-continue-') && value.k) await continueFlow(d, run, user, value.k);
}

export function registerAppHome(app: App, d: HandlerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    d.afterAck.run(async () => {
      if (event.tab === 'messages') return welcome(d, event.user, event.channel);
      if (event.tab === 'home') await publishHome(d, client, event.user, event.channel);
    });
  });
}
