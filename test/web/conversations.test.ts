import { describe, expect, it } from 'vitest';
import { PlaygroundConversations } from '../../src/web/conversations.js';

const bot = { type: 'message', from: { id: 'bot', role: 'bot' as const } };

describe('PlaygroundConversations', () => {
  it('gives activities increasing ids and returns those at or after the watermark', () => {
    const c = new PlaygroundConversations();
    const id = c.create();
    const a = c.append(id, bot);
    const b = c.append(id, bot);
    expect(a.id < b.id).toBe(true);
    expect(c.since(id, '')).toMatchObject({ activities: [{ id: a.id }, { id: b.id }], watermark: '2' });
    expect(c.since(id, '1').activities.map((x) => x.id)).toEqual([b.id]);
    expect(c.since(id, '2').activities).toEqual([]);
    expect(c.since(id, 'junk').activities).toHaveLength(2);
  });

  it('keeps ids unique and the watermark right once old activities are dropped', () => {
    const c = new PlaygroundConversations();
    const id = c.create();
    const ids = Array.from({ length: 520 }, () => c.append(id, bot).id);
    expect(new Set(ids).size).toBe(520);
    const tail = c.since(id, '515');
    expect(tail.activities.map((a) => a.id)).toEqual(ids.slice(515));
    expect(tail.watermark).toBe('520');
  });

  it('revives only ids of its own shape, numbering on from the client watermark', () => {
    const c = new PlaygroundConversations();
    const id = 'pg-0b7e6f8a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(c.revive('pg-nope')).toBe(false);
    expect(c.revive(id, '7')).toBe(true);
    expect(c.revive(id, '7')).toBe(false); // held now
    const note = c.append(id, bot);
    expect(c.since(id, '7')).toMatchObject({ activities: [{ id: note.id }], watermark: '8' });
  });
});
