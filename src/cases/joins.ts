// Joining a case needs consent from the case. A channel that types `case open REF` for a case it does not follow
// learns nothing of the case: a request is posted into the channels that follow it, and a duty manager there
// approves or declines with a button. Only then is the new channel linked. Every step is audited.
import { createHash } from 'node:crypto';
import type { Message, Turn } from '../conversation/model.js';
import { text } from '../conversation/model.js';
import type { CaseRecord, CaseService, ChannelLink, Who } from './service.js';
import { CaseError, channelKey, whoName, whoOf } from './service.js';
import type { ReminderDelivery } from './delivery.js';
import { platformLabel } from '../platforms.js';

export const CASE_JOINS = 'case-joins';
/** Per person: when they last asked to follow a case (the times of their requests in the last day). */
export const JOIN_RATE = 'case-join-rate';
/** New requests one person may make in a day: a team joins a case or two; more is someone trying references. */
export const JOINS_PER_DAY = 5;
/** A request declined is not posted again from the same channel for a day: the duty manager decided. */
const DECLINED_HOLD_MS = 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export interface JoinRequest {
  id: string;
  case: string;
  from: ChannelLink;
  requestedBy: Who;
  requestedAt: string;
  status: 'pending' | 'approved' | 'declined';
  decidedBy?: Who;
  decidedAt?: string;
  /** How many channels of the case the request reached. */
  reached: number;
}

/** One request per case and channel: its id is a short hash of both (a repeated request is the same request). */
export const joinId = (caseKey: string, from: { platform: string; conversationId: string }): string =>
  createHash('sha256')
    .update(`${caseKey}\n${channelKey(from)}`)
    .digest('base64url')
    .slice(0, 16);

/** What the requesting channel is told: that the case exists is all it learns. */
export function requestedMessage(ref: string, reached: number, again: boolean): Message {
  return {
    title: 'Request sent',
    blocks: [
      text(
        again
          ? `This channel has already asked to follow case ${ref}. It is linked once a duty manager in a channel that follows the case approves.`
          : `Case ${ref} exists, and this channel does not follow it yet. I have asked the channels that follow it: once a duty manager there approves, this channel is linked and I will say so here.`,
      ),
      reached === 0
        ? text('I could not post the request into those channels just now. Ask a member there to type case requests to see it.', 'warning')
        : text('Nothing about the case is shown here until then.', 'subtle'),
    ],
    personal: true,
  };
}

/** A channel asking again within a day of a duty manager declining: not posted again. */
export function declinedRecently(ref: string): Message {
  return {
    title: 'Request declined',
    blocks: [
      text(
        `A duty manager declined this channel's request to follow case ${ref} in the last day, so I have not asked again. If this channel should follow the case, speak to the case's duty manager.`,
      ),
    ],
    personal: true,
  };
}

/** A person who has used the day's requests (JOINS_PER_DAY). */
export function limitedMessage(): Message {
  return {
    title: 'Too many requests today',
    blocks: [
      text(
        `You have asked to follow ${JOINS_PER_DAY} cases in the last day, the most I send for one person. Nothing was sent. If your team needs to follow another case, ask its duty manager directly, or try again tomorrow.`,
      ),
    ],
    personal: true,
  };
}

/** The request as the case's channels see it, with Approve / Decline. */
export function requestCard(c: CaseRecord, r: JoinRequest): Message {
  return {
    title: `Request to follow case ${c.ref}`,
    blocks: [
      text(`${whoName(r.requestedBy)} asks for a ${platformLabel(r.from.platform)} channel to follow this case.`),
      text(
        'If approved, that channel sees the case card, its deadlines and reminders, and can record events. Approve only a channel you know works on this case. Duty managers decide.',
        'subtle',
      ),
    ],
    buttons: [
      { label: 'Approve', action: { t: 'case', a: 'join-approve', v: r.id }, style: 'primary' },
      { label: 'Decline', action: { t: 'case', a: 'join-decline', v: r.id }, style: 'danger' },
    ],
  };
}

export function decidedCard(c: CaseRecord, r: JoinRequest): Message {
  const verb = r.status === 'approved' ? 'approved' : 'declined';
  return {
    title: `Request to follow case ${c.ref}`,
    blocks: [
      text(
        `${whoName(r.decidedBy)} ${verb} the request from ${whoName(r.requestedBy)} (a ${platformLabel(r.from.platform)} channel).`,
        r.status === 'approved' ? 'good' : 'subtle',
      ),
    ],
  };
}

export class CaseJoins {
  constructor(
    private readonly cases: CaseService,
    private readonly delivery: ReminderDelivery,
  ) {}

  private get store() {
    return this.cases.o.store;
  }

  /** A channel asks to follow an existing case: the request is stored, audited and posted into the case's channels. */
  async request(turn: Turn, c: CaseRecord, from: ChannelLink): Promise<Message> {
    const id = joinId(c.key, from);
    const at = this.cases.o.clock.now();
    const now = at.toISOString();
    const existing = await this.store.get<JoinRequest>(CASE_JOINS, id);
    if (existing?.status === 'pending') return requestedMessage(c.ref, existing.reached, true);
    if (existing?.status === 'declined' && at.getTime() - Date.parse(existing.decidedAt ?? existing.requestedAt) < DECLINED_HOLD_MS)
      return declinedRecently(c.ref);
    // Not audited on the case: the person's requests that used up the day already are, and a refusal changes nothing.
    if (!(await this.allowRequest(turn, at))) return limitedMessage();
    let again = false;
    const saved = await this.store.update<JoinRequest>(CASE_JOINS, id, (cur) => {
      if (cur?.status === 'pending') {
        again = true;
        return cur;
      }
      return { id, case: c.key, from, requestedBy: whoOf(turn), requestedAt: now, status: 'pending', reached: 0 };
    });
    if (!saved) throw new CaseError('The request could not be saved.');
    if (again) return requestedMessage(c.ref, saved.reached, true);
    await this.cases.audit(turn, c, 'join-requested', { request: id, platform: from.platform });
    let reached = 0;
    for (const link of c.channels) if (await this.delivery.postTo(link, requestCard(c, saved))) reached++;
    await this.store.update<JoinRequest>(CASE_JOINS, id, (cur) => (cur ? { ...cur, reached } : cur));
    return requestedMessage(c.ref, reached, false);
  }

  /** Counts a new request against the person's day (JOINS_PER_DAY): false, and nothing counted, when the day's are used. */
  private async allowRequest(turn: Turn, at: Date): Promise<boolean> {
    const since = at.getTime() - DAY_MS;
    let allowed = false;
    await this.store.update<{ at: string[] }>(JOIN_RATE, `${turn.platform}:${whoOf(turn).id}`, (cur) => {
      const recent = (cur?.at ?? []).filter((t) => Date.parse(t) > since);
      allowed = recent.length < JOINS_PER_DAY;
      return { at: allowed ? [...recent, at.toISOString()] : recent };
    });
    return allowed;
  }

  /** Pending requests for a case (`case requests` in a channel that follows it). */
  async pending(c: CaseRecord): Promise<JoinRequest[]> {
    const all = await this.store.list<JoinRequest>(CASE_JOINS);
    return all.map((x) => x.value).filter((r) => r.case === c.key && r.status === 'pending');
  }

  /**
   * A duty manager in a channel that follows the case decides. Returns the card that replaces the request, or a reason.
   * The requesting channel is told either way; an approval links it.
   */
  async decide(
    turn: Turn,
    c: CaseRecord,
    id: string,
    approve: boolean,
  ): Promise<{ ok: true; card: Message } | { ok: false; reason: string }> {
    const r = await this.store.get<JoinRequest>(CASE_JOINS, id);
    if (!r || r.case !== c.key) return { ok: false, reason: 'That request is not for the case this channel follows: nothing changed.' };
    if (r.status !== 'pending') return { ok: true, card: decidedCard(c, r) };
    if (approve && c.status !== 'open')
      return { ok: false, reason: `Case ${c.ref} is closed: reopen it (case reopen) before another channel can follow it.` };
    // The requesting channel may have come to follow another open case meanwhile: it follows one case.
    const other = approve ? await this.cases.forChannel(r.from) : undefined;
    if (other && other.key !== c.key && other.status === 'open')
      return { ok: false, reason: 'That channel now follows another case, so it cannot follow this one: nothing changed.' };
    const now = this.cases.o.clock.now().toISOString();
    let decided: JoinRequest | undefined;
    await this.store.update<JoinRequest>(CASE_JOINS, id, (cur) => {
      if (!cur || cur.status !== 'pending') return cur;
      decided = { ...cur, status: approve ? 'approved' : 'declined', decidedBy: whoOf(turn), decidedAt: now };
      return decided;
    });
    if (!decided) {
      const cur = await this.store.get<JoinRequest>(CASE_JOINS, id);
      return cur ? { ok: true, card: decidedCard(c, cur) } : { ok: false, reason: 'That request has gone: nothing changed.' };
    }
    let linked = c;
    if (approve) linked = await this.cases.link(c.key, { ...r.from, linkedAt: now, linkedBy: whoOf(turn) });
    await this.cases.audit(turn, c, approve ? 'join-approved' : 'join-declined', {
      request: id,
      platform: r.from.platform,
      ...(approve ? { channels: linked.channels.length } : {}),
    });
    await this.delivery.postTo(r.from, approve ? this.approvedNote(linked) : this.declinedNote(c));
    return { ok: true, card: decidedCard(c, decided) };
  }

  private approvedNote(c: CaseRecord): Message {
    return {
      title: `Case ${c.ref}`,
      blocks: [
        text(`This channel now follows case ${c.ref}: a duty manager in the case's channels approved it.`, 'good'),
        text('Type case for the case card, its deadlines and reminders.', 'subtle'),
      ],
      buttons: [{ label: 'Case card', action: { t: 'case', a: 'card' } }],
    };
  }

  private declinedNote(c: CaseRecord): Message {
    return {
      blocks: [
        text(
          `The request for this channel to follow case ${c.ref} was declined. If it should follow the case, ask the case's duty manager.`,
          'subtle',
        ),
      ],
    };
  }
}
