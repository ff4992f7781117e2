// One set of expectations, three platforms: every transcript in ./transcripts.ts is walked on Teams, Slack and the
// playground against one real app (startApp), and the final messages must say the same things.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Platform, type PlatformDriver, type Platforms } from '../support/drivers.js';
import { KNOWN_NUMBERS, citations, has, phoneNumbers, transcripts, type Transcript } from './transcripts.js';

const PLATFORMS: Platform[] = ['teams', 'slack', 'playground'];

let p: Platforms;
/** The final text of each transcript on each platform, for the cross-platform check. */
const finals = new Map<string, Partial<Record<Platform, string>>>();

beforeAll(async () => {
  p = await startPlatforms();
});
afterAll(async () => {
  await p?.close();
});

async function walk(d: PlatformDriver, t: Transcript): Promise<string> {
  for (const [i, step] of t.steps.entries()) {
    try {
      if ('say' in step) await d.say(step.say);
      else if ('choose' in step) await d.choose(step.choose, step.click);
      else await d.click(step.click, step.selections);
    } catch (e) {
      throw new Error(`${d.platform}, step ${i + 1} of "${t.name}": ${(e as Error).message}\nlast message: ${d.lastText()}`, { cause: e });
    }
  }
  // What to do now is on the first screen; the rest is one "Show details" / "More" away.
  const first = d.firstScreenText();
  for (const f of t.firstScreen ?? [])
    expect(has(first, f), `${d.platform}: ${String(f)} on the first screen of "${t.name}":\n${first}`).toBe(true);
  await d.expand();
  return d.lastText();
}

function check(text: string, t: Transcript, where: string): void {
  for (const f of t.expect) expect(has(text, f), `${where}: expected ${String(f)} in:\n${text}`).toBe(true);
  for (const f of t.expectNot ?? []) expect(has(text, f), `${where}: did not expect ${String(f)} in:\n${text}`).toBe(false);
  if (t.inOrder) {
    const lower = text.toLowerCase();
    const at = t.inOrder.map((f) => lower.indexOf(f.toLowerCase()));
    expect(
      at.every((i) => i >= 0),
      `${where}: all of ${t.inOrder.join(' / ')} present`,
    ).toBe(true);
    expect(
      at.every((i, k) => k === 0 || i > at[k - 1]!),
      `${where}: ${t.inOrder.join(' before ')}`,
    ).toBe(true);
  }
  // Never an invented number: the shipped directory has no borough numbers filled in.
  for (const n of phoneNumbers(text)) expect(KNOWN_NUMBERS, `${where}: unknown number ${n}`).toContain(n);
}

describe.each(PLATFORMS)('shared transcripts on %s', (platform) => {
  it.each(transcripts.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    const d = await p.driver(platform);
    const text = await walk(d, t);
    check(text, t, `${platform}: ${t.name}`);
    finals.set(t.name, { ...finals.get(t.name), [platform]: text });
  });
});

describe('the three platforms agree', () => {
  it.each(transcripts.filter((t) => !t.controlLine).map((t) => [t.name] as const))('%s: same phone numbers and sections', (name) => {
    const texts = finals.get(name) ?? {};
    expect(Object.keys(texts).sort(), 'every platform walked this transcript').toEqual([...PLATFORMS].sort());
    const numbers = PLATFORMS.map((pl) => phoneNumbers(texts[pl]!));
    const sections = PLATFORMS.map((pl) => citations(texts[pl]!));
    expect(numbers[0]!.length).toBeGreaterThan(0);
    expect(sections[0]!.length).toBeGreaterThan(0);
    for (const k of [1, 2]) {
      expect(numbers[k], `${PLATFORMS[k]} numbers vs teams`).toEqual(numbers[0]);
      expect(sections[k], `${PLATFORMS[k]} sections vs teams`).toEqual(sections[0]);
    }
  });
});
