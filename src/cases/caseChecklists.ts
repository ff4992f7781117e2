// A case's shared checklists: posted (or posted again for a new episode), and ticked from their cards.
import type { Turn } from '../conversation/model.js';
import type { Checklist } from '../procedure/checklists.js';
import { CaseError, whoOf, type CaseChecklist, type CaseRecord } from './records.js';
import type { Clock } from '../clock.js';
import type { AuditEntry, AuditWhat } from './audit.js';

/** What a checklist change needs of the case service (an interface, so this module does not import the service back). */
export interface ChecklistHost {
  o: { clock: Clock };
  mutate(key: string, fn: (c: CaseRecord) => CaseRecord): Promise<CaseRecord>;
  audit(turn: Turn, c: CaseRecord, what: AuditWhat, detail?: AuditEntry['detail']): Promise<void>;
}

/** Post a shared checklist on the case (or show the one already there; `fresh`: start it again, e.g. a new episode). */
export async function startChecklist(
  svc: ChecklistHost,
  turn: Turn,
  c: CaseRecord,
  list: Checklist,
  opts: { fresh?: boolean } = {},
): Promise<{ c: CaseRecord; cl: CaseChecklist; isNew: boolean }> {
  let isNew = false;
  const started = { ticks: {}, startedAt: svc.o.clock.now().toISOString(), startedBy: whoOf(turn) };
  const saved = await svc.mutate(c.key, (cur) => {
    const had = cur.checklists.find((x) => x.id === list.id);
    if (had && !opts.fresh) return cur;
    isNew = true;
    if (had) {
      const again: CaseChecklist = { ...had, ...started, version: had.version + 1 };
      return { ...cur, checklists: cur.checklists.map((x) => (x.id === list.id ? again : x)) };
    }
    const cl: CaseChecklist = { id: list.id, title: list.title, total: list.items.length, version: 1, ...started };
    return { ...cur, checklists: [...cur.checklists, cl] };
  });
  const cl = saved.checklists.find((x) => x.id === list.id)!;
  if (isNew) await svc.audit(turn, saved, 'checklist-posted', { checklist: list.id, items: list.items.length });
  return { c: saved, cl, isNew };
}

/**
 * Save ticks from a checklist card. The card says which version it showed: from an older card,
 * only new ticks are added (nobody unticks what someone else ticked after that card was drawn).
 */
export async function saveTicks(
  svc: ChecklistHost,
  turn: Turn,
  c: CaseRecord,
  list: Checklist,
  version: number,
  ticked: string[],
): Promise<{ cl: CaseChecklist; added: string[]; removed: string[] }> {
  const valid = new Set(list.items.map((i) => i.id));
  const wanted = new Set(ticked.filter((t) => valid.has(t)));
  let added: string[] = [];
  let removed: string[] = [];
  const now = svc.o.clock.now().toISOString();
  const saved = await svc.mutate(c.key, (cur) => {
    const cl = cur.checklists.find((x) => x.id === list.id);
    if (!cl) throw new CaseError('That checklist is not on this case any more.');
    const ticks = { ...cl.ticks };
    added = [...wanted].filter((id) => !ticks[id]);
    removed = version === cl.version ? Object.keys(ticks).filter((id) => !wanted.has(id)) : [];
    for (const id of added) ticks[id] = { by: whoOf(turn), at: now };
    for (const id of removed) delete ticks[id];
    const changed = added.length + removed.length > 0;
    return {
      ...cur,
      checklists: cur.checklists.map((x) => (x.id === cl.id ? { ...cl, ticks, version: changed ? cl.version + 1 : cl.version } : x)),
    };
  });
  for (const item of added) await svc.audit(turn, saved, 'checklist-ticked', { checklist: list.id, item });
  for (const item of removed) await svc.audit(turn, saved, 'checklist-unticked', { checklist: list.id, item });
  return { cl: saved.checklists.find((x) => x.id === list.id)!, added, removed };
}
