// A person's open flows, across the conversations they walk in: the engine keeps one index record per person
// (USER_FLOWS, `<platform>:<userId>`), written only when a conversation's flow changes (started, left, reset), never
// on a plain step. Views of "my walk-throughs" (an app's home page) ask the engine for them: they never read the
// engine's store keys or split its key format.
import type { Store } from '../store/store.js';
import type { Flow } from './flow.js';
import type { ConversationState } from './flowRunner.js';
import type { Turn } from './model.js';

export const CONVERSATIONS = 'conversations';
export const USER_FLOWS = 'user-flows';
const USER_FLOWS_MAX = 50;

export interface UserFlows {
  flows: Record<string, { flow: string; at: string; conversation?: string; shared?: boolean }>;
}

/** A flow in progress of one person. `ref` is an opaque token for openFlow (e.g. in a "Continue" button). */
export interface OpenFlow {
  ref: string;
  conversationId: string;
  /** Their own walk in a shared conversation (a channel); false: the conversation is theirs (a direct chat). */
  shared: boolean;
  flowId: string;
  title: string;
  updatedAt: string;
}

export function stateKey(turn: Pick<Turn, 'platform' | 'conversationId' | 'userId' | 'shared'>): string {
  const base = `${turn.platform}:${turn.conversationId}`;
  return turn.shared ? `${base}:${turn.userId}` : base;
}

const indexKey = (platform: string, userId: string) => `${platform}:${userId}`;

/** The person's index follows this conversation's flow (the most recent USER_FLOWS_MAX are kept). */
export async function indexFlow(store: Store, turn: Turn, state: ConversationState): Promise<void> {
  const key = stateKey(turn);
  await store.update<UserFlows>(USER_FLOWS, indexKey(turn.platform, turn.userId), (cur) => {
    const flows = { ...(cur?.flows ?? {}) };
    delete flows[key];
    if (state.flow) flows[key] = { flow: state.flow, at: state.updatedAt, conversation: turn.conversationId, shared: turn.shared };
    const kept = Object.entries(flows)
      .sort(([, a], [, b]) => b.at.localeCompare(a.at))
      .slice(0, USER_FLOWS_MAX);
    return kept.length ? { flows: Object.fromEntries(kept) } : undefined;
  });
}

/** Where an index entry is: recorded with it (since this module), or read from its key (entries written before). */
function whereOf(key: string, entry: UserFlows['flows'][string], platform: string, userId: string) {
  if (entry.conversation !== undefined) return { conversationId: entry.conversation, shared: entry.shared === true };
  const rest = key.slice(platform.length + 1);
  const own = `:${userId}`;
  return rest.endsWith(own) ? { conversationId: rest.slice(0, -own.length), shared: true } : { conversationId: rest, shared: false };
}

async function resolve(
  store: Store,
  flows: ReadonlyMap<string, Flow>,
  platform: string,
  userId: string,
  key: string,
  entry: UserFlows['flows'][string],
) {
  if (!key.startsWith(`${platform}:`)) return undefined;
  const value = await store.get<ConversationState>(CONVERSATIONS, key);
  const flow = value?.flow ? flows.get(value.flow) : undefined;
  if (!value || !flow) return undefined;
  const open: OpenFlow = {
    ref: key,
    ...whereOf(key, entry, platform, userId),
    flowId: flow.id,
    title: flow.title,
    updatedAt: value.updatedAt,
  };
  return open;
}

/** The person's flows in progress, newest first, at most `max`: one read of their index, then only what it names. */
export async function openFlows(
  store: Store,
  flows: ReadonlyMap<string, Flow>,
  platform: string,
  userId: string,
  max: number,
): Promise<OpenFlow[]> {
  const index = await store.get<UserFlows>(USER_FLOWS, indexKey(platform, userId));
  const entries = Object.entries(index?.flows ?? {})
    .sort(([, a], [, b]) => b.at.localeCompare(a.at))
    .slice(0, max);
  const out: OpenFlow[] = [];
  for (const [key, entry] of entries) {
    const open = await resolve(store, flows, platform, userId, key, entry);
    if (open) out.push(open);
  }
  return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** One of the person's open flows by its ref, or undefined when it is not theirs (not in their index) or has ended. */
export async function openFlow(
  store: Store,
  flows: ReadonlyMap<string, Flow>,
  platform: string,
  userId: string,
  ref: string,
): Promise<OpenFlow | undefined> {
  const index = await store.get<UserFlows>(USER_FLOWS, indexKey(platform, userId));
  const entry = index?.flows[ref];
  return entry ? resolve(store, flows, platform, userId, ref, entry) : undefined;
}
