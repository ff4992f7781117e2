// The procedure data: complete against the seed, validated at load, bad items rejected.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allIndicators, indicatorGroups, parseIndicatorGroups, findIndicator } from '../../src/procedure/indicators.js';
import { waysForward, findWay, isWayId, TELL_REFERRER } from '../../src/procedure/waysForward.js';
import { checklists, findChecklist } from '../../src/procedure/checklists.js';
import { ChecklistSchema, SourceSchema, WayForwardSchema } from '../../src/procedure/types.js';

/** The bullets of PG47 §10.1 as the seed has them (the seed lists one indicator twice). */
function seedIndicators(): string[] {
  const section = readFileSync(new URL('./fixtures/pg47-10.1.txt', import.meta.url), 'utf8');
  const bullets = section
    .split('\n')
    .filter((l) => l.trim().startsWith('•'))
    .map((l) => l.replace('•', '').trim().toLowerCase());
  return [...new Set(bullets)];
}

describe('risk indicators (PG47 §10.1)', () => {
  it('has every indicator of the seed, once: the child’s and the two about the adult in control', () => {
    const seed = seedIndicators();
    expect(seed.length).toBe(25); // 26 bullets, one repeated
    expect(allIndicators()).toHaveLength(seed.length);
    const adult = indicatorGroups.find((g) => g.id === 'controlling-adult')!;
    expect(adult.items).toHaveLength(seed.filter((s) => /visa/.test(s) && /(in control of the child|guarantees the visa)/.test(s)).length);
  });

  it('is grouped in at most 10 items per group, with unique slug ids and a citation on each', () => {
    for (const g of indicatorGroups) expect(g.items.length).toBeLessThanOrEqual(10);
    const ids = allIndicators().map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of allIndicators()) {
      expect(i.source).toBe('PG47 §10.1');
      expect(i.label.length).toBeLessThanOrEqual(75);
    }
    expect(findIndicator('no-school')?.group.id).toBe('care-school');
  });

  it('rejects a bad item: missing citation, long label, too many in a group, duplicate ids', () => {
    const good = {
      id: 'g',
      title: 'Group',
      suggests: 'Something may be wrong.',
      items: [{ id: 'a', label: 'An indicator', source: 'PG47 §10.1' }],
    };
    expect(parseIndicatorGroups([good])).toHaveLength(1);
    expect(() => parseIndicatorGroups([{ ...good, items: [{ id: 'a', label: 'An indicator' }] }])).toThrow(/items\.0\.source/);
    expect(() => parseIndicatorGroups([{ ...good, items: [{ id: 'a', label: 'An indicator', source: 'somewhere' }] }])).toThrow(
      /must cite a section/,
    );
    expect(() => parseIndicatorGroups([{ ...good, items: [{ id: 'a', label: 'x'.repeat(76), source: 'PG47 §10.1' }] }])).toThrow(/label/);
    const eleven = Array.from({ length: 11 }, (_, n) => ({ id: `i${n}`, label: `Indicator ${n}`, source: 'PG47 §10.1' }));
    expect(() => parseIndicatorGroups([{ ...good, items: eleven }])).toThrow(/items/);
    expect(() => parseIndicatorGroups([good, { ...good, id: 'h' }])).toThrow(/duplicate indicator id "a"/);
    expect(() => parseIndicatorGroups([{ ...good, items: [{ id: 'Not A Slug', label: 'An indicator', source: 'PG47 §10.1' }] }])).toThrow(
      /slug/,
    );
  });
});

describe('ways forward (PG47 §13.3)', () => {
  it('has a–d with the exported ids, each with conditions, what follows and a citation', () => {
    expect(waysForward.map((w) => `${w.letter}:${w.id}`)).toEqual(['a:assessment', 'b:s20', 'c:s47', 'd:nfa']);
    for (const w of waysForward) {
      expect(w.conditions.length).toBeGreaterThan(0);
      expect(w.whatFollows.length).toBeGreaterThan(0);
      expect(w.source).toMatch(/^PG47 §13\.3 [a-d]$/);
    }
    expect(TELL_REFERRER).toMatch(/which plan is in place/);
  });

  it('s.20 has its three conditions and EPO / police protection; s.47 a strategy meeting within 2 working days', () => {
    const s20 = findWay('s20')!;
    expect(s20.conditions).toHaveLength(3);
    expect(s20.warning).toMatch(/Emergency Protection Order/);
    expect(s20.warning).toMatch(/police powers of protection/);
    expect(findWay('c')!.whatFollows[0]).toMatch(/strategy meeting within 2 working days/);
    expect(isWayId('s47')).toBe(true);
    for (const typed of ['s.47', 'S 47', 'section 47', 'c)', 'C']) expect(findWay(typed)?.id).toBe('s47');
    expect(findWay('s.20')?.id).toBe('s20');
    expect(isWayId('s48')).toBe(false);
  });

  it('rejects a way without a citation or with an unknown id', () => {
    const ok = { ...findWay('nfa')! };
    expect(WayForwardSchema.safeParse(ok).success).toBe(true);
    expect(WayForwardSchema.safeParse({ ...ok, id: 'other' }).success).toBe(false);
    expect(WayForwardSchema.safeParse({ ...ok, source: '' }).success).toBe(false);
  });
});

describe('checklists', () => {
  it('has the eight checklists, each with items and a citation', () => {
    expect(checklists.map((c) => c.id)).toEqual([
      'golden-hour',
      'information-gathering',
      'documents',
      'interview',
      'strategy-meeting',
      'looked-after',
      'support',
      'missing',
    ]);
    for (const c of checklists) expect(SourceSchema.safeParse(c.source).success).toBe(true);
    const gh = findChecklist('golden-hour')!;
    const text = gh.items.map((i) => i.text).join(' ');
    for (const must of ['safe', 'traffickers’ reach', 'enquirer where the child is', 'photograph', 'within 24 hours', 'going missing'])
      expect(text).toContain(must);
  });

  it('finds a checklist by id, title or alias, forgivingly', () => {
    expect(findChecklist('Golden Hour')?.id).toBe('golden-hour');
    expect(findChecklist('strategy')?.id).toBe('strategy-meeting');
    expect(findChecklist('LAC')?.id).toBe('looked-after');
    expect(findChecklist('info')?.id).toBe('information-gathering');
    expect(findChecklist('nothing like it')).toBeUndefined();
    expect(findChecklist('')).toBeUndefined();
  });

  it('rejects duplicate item ids', () => {
    const c = { ...checklists[0]! };
    expect(ChecklistSchema.safeParse({ ...c, items: [c.items[0], c.items[0]] }).success).toBe(false);
  });
});
