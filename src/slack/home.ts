// App Home: quick buttons that start a flow in the person's DM with the bot, and their open flows.
import type { Flow } from '../conversation/flow.js';
import type { Engine } from '../conversation/engine.js';
import { EMERGENCY_LINE } from '../conversation/help.js';
import type { Button } from '@slack/types';
import type { HomeView, SlackBlock } from './render.js';
import { escapeMrkdwn, truncate } from './render.js';
import { LIMITS } from './limits.js';
import { isDm } from './text.js';

export const QUICK_FLOWS = ['refer', 'indicators', 'ways-forward', 'checklist', 'contacts'];

export interface OpenFlow {
  key: string;
  channel: string;
  inDm: boolean;
  flowId: string;
  title: string;
  updatedAt: string;
}

/**
 * The person's flows in progress: their DM with the bot, and their own walks in channels, as the engine lists them
 * (from their own index record, never a read of every stored conversation). A walk that is not their own in a channel
 * is shown only when it is their DM with the bot (dmChannel when Slack says which).
 */
export async function openFlows(engine: Pick<Engine, 'openFlows'>, userId: string, dmChannel?: string): Promise<OpenFlow[]> {
  const open = await engine.openFlows('slack', userId);
  return open
    .filter((o) => o.shared || !dmChannel || o.conversationId === dmChannel || isDm(o.conversationId))
    .map((o) => ({ key: o.ref, channel: o.conversationId, inDm: !o.shared, flowId: o.flowId, title: o.title, updatedAt: o.updatedAt }));
}

const button = (label: string, actionId: string, value: string, style?: 'primary'): Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true },
  value,
  ...(style ? { style } : {}),
});

export function renderHome(flows: Flow[], open: OpenFlow[]): HomeView {
  const quick = QUICK_FLOWS.map((id) => flows.find((f) => f.id === id)).filter((f): f is Flow => Boolean(f));
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Safeguarding trafficked children', emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: `:warning: ${escapeMrkdwn(EMERGENCY_LINE)}` } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: 'Start a walk-through here: I answer in our direct messages. In a channel, type `/safeguard help`.' },
    },
  ];
  if (quick.length) {
    blocks.push({
      type: 'actions',
      block_id: 'home-quick',
      elements: quick.map((f, i) =>
        button(f.title, `home-start-${i}`, JSON.stringify({ t: f.id, a: 'start' }), i === 0 ? 'primary' : undefined),
      ),
    });
  }
  // The case commands, in the words of help and the Teams command list.
  blocks.push({
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: [
        '*In a case channel* (`/safeguard case ...`):',
        '• `case open REF-123`: link this channel to a case, then `case` for its card',
        '• `case event missing`: the child has gone missing: an alert and the checklist in every channel of the case (`case event found` on return)',
        '• `case lead me`: be the case’s lead coordinator (or `case lead @person`, `case handover @person`)',
        '• `case meeting strategy 2027-01-05 10:00`: book a meeting; each agency answers on its card: attending, sending someone or sending written information',
        '• `case chronology`: the case’s story in time order, as a card and a file for the NRM form or the case conference',
        '*Duty managers*:',
        '• `duty digest`: every case due today or overdue, missing children first (`duty digest here 08:30` each working day; `duty digest off`)',
        '• `stats`: the partnership figures for the last 12 months, anonymised (duty managers)',
      ].join('\n'),
    },
  });
  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: 'Your open walk-throughs', emoji: true } });
  if (!open.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'None in progress.' }] });
  open.forEach((o, i) => {
    const where = o.inDm ? 'in our direct messages' : `in <#${o.channel}>`;
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeMrkdwn(o.title)}* ${where}\nLast step ${o.updatedAt.slice(0, 16).replace('T', ' ')} UTC` },
      accessory: button('Continue', `home-continue-${i}`, JSON.stringify({ k: o.key })),
    });
  });
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: 'This assistant does not replace professional judgement. Never type a child’s name, date of birth or address.',
      },
    ],
  });
  return { type: 'home', blocks: blocks.slice(0, LIMITS.surfaceBlocks) };
}
