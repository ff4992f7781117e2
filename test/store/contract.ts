// The one Store contract, run against MemoryStore, LowdbStore and PostgresStore.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';

export interface StoreEnv {
  /** Opens a store over this environment's data (a second call reopens the same data). */
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

interface Counter {
  n: number;
}

export function storeContract(name: string, makeEnv: () => Promise<StoreEnv>, opts: { persistent: boolean }): void {
  describe(`Store contract: ${name}`, () => {
    let env: StoreEnv;
    let store: Store;
    beforeEach(async () => {
      env = await makeEnv();
      store = await env.open();
    });
    afterEach(async () => {
      await store.close().catch(() => {});
      await env.dispose();
    });

    it('get returns undefined for a missing key and what was put otherwise', async () => {
      expect(await store.get('cases', 'nope')).toBeUndefined();
      const value = { id: 'c1', flags: ['a', 'b'], nested: { n: 1, ok: true, none: null } };
      await store.put('cases', 'c1', value);
      expect(await store.get('cases', 'c1')).toEqual(value);
      await store.put('cases', 'c1', { id: 'c1', v: 2 });
      expect(await store.get('cases', 'c1')).toEqual({ id: 'c1', v: 2 });
      expect(await store.get('other', 'c1')).toBeUndefined();
    });

    it('keeps keys with awkward characters apart', async () => {
      const keys = ['a/b', '../escape', 'teams:19:abc@thread.v2;messageid=1', 'ünï cødé', 'x'.repeat(300), '.hidden', 'A', 'a'];
      for (const [i, k] of keys.entries()) await store.put('odd', k, { i });
      for (const [i, k] of keys.entries()) expect(await store.get('odd', k)).toEqual({ i });
      expect((await store.list('odd')).map((e) => e.key).sort()).toEqual([...keys].sort());
    });

    it('delete removes a key; deleting a missing key is fine', async () => {
      await store.put('c', 'k', { a: 1 });
      await store.delete('c', 'k');
      expect(await store.get('c', 'k')).toBeUndefined();
      await expect(store.delete('c', 'never')).resolves.toBeUndefined();
    });

    it('update creates, changes, returns the new value and deletes on undefined', async () => {
      const created = await store.update<Counter>('counters', 'k', (cur) => {
        expect(cur).toBeUndefined();
        return { n: 1 };
      });
      expect(created).toEqual({ n: 1 });
      expect(await store.update<Counter>('counters', 'k', (cur) => ({ n: (cur?.n ?? 0) + 1 }))).toEqual({ n: 2 });
      expect(await store.get('counters', 'k')).toEqual({ n: 2 });
      expect(await store.update('counters', 'k', () => undefined)).toBeUndefined();
      expect(await store.get('counters', 'k')).toBeUndefined();
      expect(await store.update('counters', 'missing', () => undefined)).toBeUndefined();
      expect(await store.get('counters', 'missing')).toBeUndefined();
    });

    it('an update whose function throws changes nothing', async () => {
      await store.put('c', 'k', { n: 5 });
      await expect(
        store.update<Counter>('c', 'k', () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.get('c', 'k')).toEqual({ n: 5 });
    });

    it('list returns a collection sorted by key, filtered by prefix', async () => {
      await store.put('conv', 'team1:u2', { v: 2 });
      await store.put('conv', 'team1:u1', { v: 1 });
      await store.put('conv', 'team2:u1', { v: 3 });
      await store.put('elsewhere', 'team1:u3', { v: 4 });
      expect(await store.list('conv', 'team1:')).toEqual([
        { key: 'team1:u1', value: { v: 1 } },
        { key: 'team1:u2', value: { v: 2 } },
      ]);
      expect((await store.list('conv')).map((e) => e.key)).toEqual(['team1:u1', 'team1:u2', 'team2:u1']);
      expect(await store.list('conv', 'zzz')).toEqual([]);
      expect(await store.list('empty')).toEqual([]);
    });

    it('append and readLog: filter by field, limit keeps the last N in order', async () => {
      for (let i = 1; i <= 7; i++) await store.append('audit', { caseId: i % 2 ? 'odd' : 'even', i });
      await store.append('other', { caseId: 'odd', i: 99 });
      const odd = await store.readLog('audit', { field: 'caseId', equals: 'odd' });
      expect(odd.map((e) => e.i)).toEqual([1, 3, 5, 7]);
      const last2 = await store.readLog('audit', { field: 'caseId', equals: 'odd', limit: 2 });
      expect(last2.map((e) => e.i)).toEqual([5, 7]);
      expect(await store.readLog('audit', { field: 'caseId', equals: 'none' })).toEqual([]);
      expect(await store.readLog('audit', { field: 'missingField', equals: 'odd' })).toEqual([]);
      expect(await store.readLog('nolog', { field: 'caseId', equals: 'odd' })).toEqual([]);
      // A number is not the string it prints as.
      await store.append('audit', { caseId: 5, i: 100 });
      expect((await store.readLog('audit', { field: 'caseId', equals: '5' })).length).toBe(0);
    });

    it('values are deep copies in and out', async () => {
      const v = { list: [1, 2], inner: { s: 'x' } };
      await store.put('c', 'k', v);
      v.list.push(3);
      v.inner.s = 'changed';
      const got = await store.get<typeof v>('c', 'k');
      expect(got).toEqual({ list: [1, 2], inner: { s: 'x' } });
      got!.list.push(9);
      expect(await store.get('c', 'k')).toEqual({ list: [1, 2], inner: { s: 'x' } });
      const listed = await store.list<typeof v>('c');
      listed[0]!.value.inner.s = 'mutated';
      const updated = await store.update<typeof v>('c', 'k', (cur) => ({ ...cur!, list: [...cur!.list, 3] }));
      updated!.list.push(42);
      expect(await store.get('c', 'k')).toEqual({ list: [1, 2, 3], inner: { s: 'x' } });
      const entry = { who: 'a', tags: ['t'] };
      await store.append('log', entry);
      entry.tags.push('later');
      const read = await store.readLog('log', { field: 'who', equals: 'a' });
      expect(read).toEqual([{ who: 'a', tags: ['t'] }]);
      (read[0]!.tags as string[]).push('x');
      expect(await store.readLog('log', { field: 'who', equals: 'a' })).toEqual([{ who: 'a', tags: ['t'] }]);
    });

    it('100 concurrent updates on one key are all counted (existing and new key)', async () => {
      await store.put('counters', 'existing', { n: 0 });
      const inc = (key: string) => store.update<Counter>('counters', key, (cur) => ({ n: (cur?.n ?? 0) + 1 }));
      await Promise.all(Array.from({ length: 100 }, () => inc('existing')));
      await Promise.all(Array.from({ length: 100 }, () => inc('fresh')));
      expect(await store.get('counters', 'existing')).toEqual({ n: 100 });
      expect(await store.get('counters', 'fresh')).toEqual({ n: 100 });
    });

    it('concurrent puts, updates and deletes on different keys all land', async () => {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          i % 5 === 0
            ? store.put('mix', `k${i}`, { i }).then(() => store.delete('mix', `k${i}`))
            : store.update('mix', `k${i}`, () => ({ i })),
        ),
      );
      const keys = (await store.list<{ i: number }>('mix')).map((e) => e.value.i).sort((a, b) => a - b);
      expect(keys).toEqual(Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 5 !== 0));
    });

    if (opts.persistent) {
      it('close and reopen keeps what was written', async () => {
        await store.put('cases', 'c1', { v: 1 });
        await store.put('cases', 'c2', { v: 2 });
        await store.update<Counter>('cases', 'c3', () => ({ n: 3 }));
        await store.delete('cases', 'c2');
        await Promise.all(Array.from({ length: 20 }, () => store.update<Counter>('counters', 'k', (c) => ({ n: (c?.n ?? 0) + 1 }))));
        for (let i = 0; i < 3; i++) await store.append('audit', { caseId: 'c1', i });
        await store.close();
        store = await env.open();
        expect(await store.list('cases')).toEqual([
          { key: 'c1', value: { v: 1 } },
          { key: 'c3', value: { n: 3 } },
        ]);
        expect(await store.get('counters', 'k')).toEqual({ n: 20 });
        expect((await store.readLog('audit', { field: 'caseId', equals: 'c1' })).map((e) => e.i)).toEqual([0, 1, 2]);
        await store.append('audit', { caseId: 'c1', i: 3 });
        expect((await store.readLog('audit', { field: 'caseId', equals: 'c1', limit: 2 })).map((e) => e.i)).toEqual([2, 3]);
      });
    }
  });
}
