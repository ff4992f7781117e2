// block_actions: a click anywhere (a flow's button, a select that answers at once, Share, More, a form button, App
// Home). Acked at once; the click is then routed by its action_id, after the ack.
import type { App } from '@slack/bolt';
import { MORE_ACTION_ID, PICK_PREFIX, SHARE_ACTION_ID } from './render.js';
import { blockActionsSchema, collectValues, parseButtonValue, type BlockActionsBody } from './values.js';
import { onMore, onShare } from './share.js';
import { openForm } from './views.js';
import { onHomeAction } from './appHome.js';
import { whereClicked, type HandlerDeps, type Run } from './turns.js';

type Action = BlockActionsBody['actions'][0] & { selected_option?: { value?: unknown }; block_id?: unknown };

/** A flow's (or a case card's) button, or a select standing for one: the engine's action with the form's values. */
async function onButton(run: Run, b: BlockActionsBody, act: Action): Promise<void> {
  // A select that answers at once carries the payload of the button it stands for in its action_id.
  const pick = act.action_id.startsWith(PICK_PREFIX);
  if (!pick && !/^sg-\d+$/.test(act.action_id)) return; // input changes and link buttons: nothing to do
  const parsed = parseButtonValue(pick ? act.action_id.slice(PICK_PREFIX.length) : act.value);
  const where = whereClicked(b);
  if (!parsed || !where) return;
  const values = collectValues(b.state?.values);
  const chosen = act.selected_option?.value;
  if (pick && typeof chosen === 'string' && typeof act.block_id === 'string') values[act.block_id.split('~')[0]!] = chosen;
  await run(where, { kind: 'action', action: parsed.action, values }, b.user.username ?? b.user.name);
}

async function onClick(app: App, d: HandlerDeps, run: Run, body: unknown): Promise<void> {
  const parsed = blockActionsSchema.safeParse(body);
  if (!parsed.success) return void d.log.warn({ issues: parsed.error.issues.length }, 'slack block_actions payload not understood');
  const b = parsed.data;
  const act = b.actions[0]! as Action;
  const id = act.action_id;
  if (id.startsWith('home-')) return onHomeAction(d, run, b, act);
  if (id === SHARE_ACTION_ID) return onShare(d, b, act.value);
  if (id === MORE_ACTION_ID) return onMore(d, b, act.value);
  if (id.startsWith('sg-form-')) return openForm(app, d, b, act);
  return onButton(run, b, act);
}

export function registerActions(app: App, d: HandlerDeps, run: Run): void {
  app.action(/.*/, async ({ ack, body }) => {
    await ack();
    d.afterAck.run(() => onClick(app, d, run, body));
  });
}
