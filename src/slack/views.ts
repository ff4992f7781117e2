// Modals: a message asking for a date or time opens its stored form in a modal; the submission is a turn.
import type { App } from '@slack/bolt';
import { errorText } from '../logger.js';
import type { Where } from './deliver.js';
import { renderModal, truncate } from './render.js';
import { LIMITS } from './limits.js';
import { collectValues, parseButtonValue, parseFormMeta, type BlockActionsBody, type FormMeta } from './values.js';
import { FORM_CALLBACK } from './middleware.js';
import { isDm } from './text.js';
import { tellClicker, type HandlerDeps, type Run } from './turns.js';

/** Where the modal's answer goes (private_metadata, at most 3,000 characters: the response_url goes first). */
function formMeta(b: BlockActionsBody, channel: string, action: FormMeta['p']): string {
  const meta: FormMeta = {
    c: channel,
    sh: !isDm(channel),
    p: action,
    ...(b.response_url ? { r: b.response_url } : {}),
    ...(b.container?.message_ts ? { ts: b.container.message_ts } : {}),
    e: Boolean(b.container?.is_ephemeral),
  };
  const metadata = JSON.stringify(meta);
  return metadata.length > LIMITS.privateMetadata ? JSON.stringify({ ...meta, r: undefined }) : metadata;
}

/** A message asking for a date or time: its button opens a modal with the stored form. */
export async function openForm(app: App, d: HandlerDeps, b: BlockActionsBody, act: BlockActionsBody['actions'][0]): Promise<void> {
  const parsed = parseButtonValue(act.value);
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!parsed?.form || !channel || !b.trigger_id) return;
  const spec = await d.forms.get(parsed.form);
  if (!spec) return tellClicker(d, b, 'That form has expired. Type the command again to start over.');
  const submit = truncate(act.text?.text ?? spec.submit, LIMITS.modalButton);
  try {
    await app.client.views.open({ trigger_id: b.trigger_id, view: renderModal({ ...spec, submit }, formMeta(b, channel, parsed.action)) });
  } catch (e) {
    // The trigger lasts 3 seconds (e.g. expired_trigger_id after a slow network): tell the person, do not fail silently.
    d.log.warn({ error: (e as { data?: { error?: string } }).data?.error ?? errorText(e) }, 'slack modal could not be opened');
    await tellClicker(d, b, 'The form could not be opened. Please press the button again.');
  }
}

export function registerViews(app: App, d: HandlerDeps, run: Run): void {
  app.view(FORM_CALLBACK, async ({ ack, body, view }) => {
    await ack();
    d.afterAck.run(async () => {
      const meta = parseFormMeta(view.private_metadata);
      if (!meta) return void d.log.warn({}, 'slack modal metadata not understood');
      const where: Where = {
        channel: meta.c,
        user: body.user.id,
        shared: meta.sh,
        ...(meta.r ? { responseUrl: meta.r } : {}),
        source: { ts: meta.ts, ephemeral: Boolean(meta.e) },
      };
      await run(where, { kind: 'action', action: meta.p, values: collectValues(view.state.values) }, body.user.name);
    });
  });
}
