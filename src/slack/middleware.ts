// Global Bolt middleware, before any listener: payloads this app does not use acknowledged at once, the app's removal
// logged, and retried events (X-Slack-Retry-Num, same event_id) processed once across replicas.
import type { App } from '@slack/bolt';
import type { HandlerDeps } from './turns.js';

export const FORM_CALLBACK = 'sg-form';

/** The interactive payloads the listeners take; anything else is acknowledged and dropped at once. */
export function handledHere(b: {
  command?: unknown;
  type?: string;
  actions?: Array<{ action_id?: unknown }>;
  view?: { callback_id?: unknown };
}): boolean {
  if (typeof b.command === 'string') return b.command === '/safeguard';
  if (b.type === 'block_actions') return Array.isArray(b.actions) && typeof b.actions[0]?.action_id === 'string';
  if (b.type === 'view_submission') return b.view?.callback_id === FORM_CALLBACK;
  return false;
}

type EventBody = { type?: string; event_id?: string; team_id?: string; event?: { type?: string } };

export function registerMiddleware(app: App, d: HandlerDeps): void {
  // Payloads this app does not use (view_closed, other modals, block_suggestion, shortcuts, legacy attachments
  // and dialogs, empty actions): acknowledged at once, so Slack never waits 3 seconds for an ack.
  app.use(async (args) => {
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    const b = args.body as Parameters<typeof handledHere>[0];
    if (!ack || handledHere(b)) return args.next();
    d.log.info({ type: b.type ?? 'unknown' }, 'slack payload not used by this app: acknowledged');
    await ack(b.type === 'block_suggestion' || (args.body as { name?: unknown }).name !== undefined ? { options: [] } : undefined);
  });

  app.use(async ({ body, next }) => {
    const b = body as EventBody;
    // The app was removed from a workspace or its tokens revoked: nothing to post (Slack would refuse); log it.
    if (b.type === 'event_callback' && (b.event?.type === 'app_uninstalled' || b.event?.type === 'tokens_revoked')) {
      d.log.warn({ team: b.team_id, event: b.event.type }, 'slack app uninstalled or tokens revoked');
      return;
    }
    if (b.type === 'event_callback' && b.event_id && !(await d.seenEvents.claim(b.event_id, 1))) {
      d.log.info({ eventId: b.event_id }, 'slack event already handled');
      return;
    }
    await next();
  });
}
