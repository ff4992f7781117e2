// In-memory Direct Line conversations of the playground: the activity log each browser polls.
// Engine state lives in the Store; only the transcript the page replays is kept here.
import { randomUUID } from 'node:crypto';
import type { Message } from '../conversation/model.js';

export interface DirectLineActivity {
  type: string;
  id: string;
  timestamp: string;
  channelId: 'directline';
  conversation: { id: string };
  from: { id: string; name?: string; role: 'user' | 'bot' };
  text?: string;
  value?: unknown;
  attachments?: Array<{ contentType: string; content: unknown }>;
  channelData?: unknown;
  replyToId?: string;
  locale?: string;
}

/** What a caller gives; the log stamps id, time, channel and conversation. */
export type NewActivity = Pick<DirectLineActivity, 'type' | 'from'> &
  Partial<Omit<DirectLineActivity, 'id' | 'timestamp' | 'channelId' | 'conversation'>>;

interface Conversation {
  id: string;
  /** Kept with their position: the watermark is the position after the last one a client saw. */
  activities: Array<{ n: number; activity: DirectLineActivity }>;
  next: number;
  /** The neutral messages recently sent here: multi-select inputs are read back with their field kinds. */
  recent: Message[];
  touched: number;
}

const MAX_CONVERSATIONS = 200;
const ID_SHAPE = /^pg-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_ACTIVITIES = 500;
const MAX_RECENT = 20;

const parseWatermark = (w: string | undefined): number => Math.max(0, Math.min(Number.parseInt(w ?? '', 10) || 0, 1e9));

export class PlaygroundConversations {
  private readonly byId = new Map<string, Conversation>();

  create(): string {
    const id = `pg-${randomUUID()}`;
    this.byId.set(id, { id, activities: [], next: 0, recent: [], touched: Date.now() });
    this.evict();
    return id;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * Bring back a conversation this process does not hold (the server restarted): its engine state and
   * case link are in the Store, only the transcript is gone. True when the id has our shape.
   * Positions go on from the client's watermark, so a page that kept polling sees what comes next.
   */
  revive(id: string, watermark?: string): boolean {
    if (this.byId.has(id) || !ID_SHAPE.test(id)) return false;
    this.byId.set(id, { id, activities: [], next: parseWatermark(watermark), recent: [], touched: Date.now() });
    this.evict();
    return true;
  }

  /** Append an activity, giving it an id, and return it. */
  append(id: string, activity: NewActivity): DirectLineActivity {
    const conv = this.get(id);
    const n = conv.next++;
    const full: DirectLineActivity = {
      ...activity,
      id: `${id}|${String(n).padStart(6, '0')}`,
      timestamp: new Date().toISOString(),
      channelId: 'directline',
      conversation: { id },
    };
    conv.activities.push({ n, activity: full });
    if (conv.activities.length > MAX_ACTIVITIES) conv.activities.splice(0, conv.activities.length - MAX_ACTIVITIES);
    conv.touched = Date.now();
    return full;
  }

  remember(id: string, messages: Message[]): void {
    const conv = this.get(id);
    conv.recent = [...conv.recent, ...messages].slice(-MAX_RECENT);
  }

  recent(id: string): Message[] {
    return this.byId.get(id)?.recent ?? [];
  }

  /** Activities after the watermark (a count, as Direct Line's is opaque to clients). */
  since(id: string, watermark: string | undefined): { activities: DirectLineActivity[]; watermark: string } {
    const conv = this.get(id);
    const from = parseWatermark(watermark);
    const activities = conv.activities.filter((a) => a.n >= from).map((a) => a.activity);
    return { activities, watermark: String(conv.next) };
  }

  private get(id: string): Conversation {
    const conv = this.byId.get(id);
    if (!conv) throw new Error('unknown playground conversation');
    return conv;
  }

  private evict(): void {
    if (this.byId.size <= MAX_CONVERSATIONS) return;
    const oldest = [...this.byId.values()].sort((a, b) => a.touched - b.touched)[0];
    if (oldest) this.byId.delete(oldest.id);
  }
}
