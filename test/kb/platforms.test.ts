/* eslint-disable @typescript-eslint/no-explicit-any -- the drivers' last card / blocks are untyped JSON here */
// Issue 11 through the real protocols: one app instance, Teams (activities to /api/messages and
// Action.Execute invokes to a fake Bot Connector), Slack (signed slash commands and block_actions
// to a fake Web API) and the playground (Direct Line); and the terminal chat (npm run chat, piped).
// A story gets its indicators named and a button that opens the checklist with them ticked; an
// unsure question gets "Did you mean" buttons that answer; an everyday question gets "I don't know".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Platform, type PlatformDriver, type Platforms } from '../support/drivers.js';
import { findIndicator } from '../../src/procedure/indicators.js';
import { createKnowledgeBase, kbEntries } from './shipped.js';
import { chat as chatRun } from '../support/cliChat.js';

const PLATFORMS: Platform[] = ['teams', 'slack', 'playground'];
const kb = createKnowledgeBase();
/** As the drivers normalise text: straight quotes, single spaces. */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const label = (id: string) => plain(findIndicator(id)!.indicator.label);

const STORY =
  'School DSL here. One of our year 9 girls has a new iPhone but never has lunch money, and an older "boyfriend" drives her to school. Is this trafficking?';
const UNSURE = 'contacting the child by phone';

/** The raw message the driver holds last (card JSON on Teams and the playground, blocks on Slack). */
const rawLast = (d: PlatformDriver) => JSON.stringify((d as any).latest ?? null);

let p: Platforms;
beforeAll(async () => {
  p = await startPlatforms();
}, 60_000);
afterAll(async () => {
  await p?.close();
});

describe.each(PLATFORMS)('knowledge base on %s', (platform) => {
  it('a story: its indicators named, one is enough, the first steps, and the checklist opened with them ticked', async () => {
    const d = await p.driver(platform);
    await d.say(STORY);
    const t = d.lastText();
    expect(t).toContain(label('phone-no-money'));
    expect(t).toContain(label('driven-around'));
    expect(t).not.toContain(label('no-school'));
    expect(t).toMatch(/One indicator is enough to talk to Children's Social Care/);
    expect(t).toMatch(/written|in writing/);
    expect(t).toContain('999');
    expect(t).not.toMatch(/iPhone|lunch money/);
    expect(d.lastButtons()).toContain('Open the indicators checklist');
    await d.click('Open the indicators checklist');
    expect(d.lastText()).toMatch(/2 indicators are ticked from what you described/);
    const raw = rawLast(d);
    if (platform === 'slack') expect(raw).toMatch(/initial_options[^\]]*phone-no-money/);
    else expect(raw).toMatch(/"value":"[^"]*phone-no-money/);
    expect(raw).toMatch(/driven-around/);
    expect(d.lastButtons()).toContain('Submit');
  });

  it('an unsure question: "Did you mean" with 2-3 entries as buttons; pressing one answers it', async () => {
    const r = kb.respond!(UNSURE);
    expect(r.kind).toBe('didYouMean');
    const options = r.kind === 'didYouMean' ? r.options : [];
    const d = await p.driver(platform);
    await d.say(UNSURE);
    expect(d.lastText()).toMatch(/Did you mean/);
    for (const o of options) expect(d.lastButtons()).toContain(plain(o.question));
    await d.click(plain(options[0]!.question));
    expect(d.lastText()).toContain(plain(options[0]!.answer).slice(0, 60));
  });

  it('an everyday question: "I don\'t know", who to ask, no procedure answer', async () => {
    const d = await p.driver(platform);
    await d.say("What's the weather going to be like tomorrow in London");
    const t = d.lastText();
    expect(t).toMatch(/I don't know that one/);
    expect(t).toContain('0800 043 4303');
    expect(t).toMatch(/Children's Social Care/);
    expect(t).not.toMatch(/weather|London tomorrow/i);
  });

  it('a restated entry question gets that entry', async () => {
    const d = await p.driver(platform);
    await d.say('What is private fostering');
    expect(d.lastText()).toContain(plain(kbEntries.find((e) => e.id === 'private-fostering')!.answer).slice(0, 60));
  });
});

const chat = async (lines: string[]): Promise<string> => (await chatRun(lines)).out;

describe('knowledge base in the terminal chat', () => {
  it('a story names its indicators, and its first button opens the checklist with them ticked', async () => {
    const out = plain(await chat([STORY, '1', 'quit']));
    expect(out).toContain(label('phone-no-money'));
    expect(out).toMatch(/One indicator is enough to talk to Children's Social Care/);
    expect(out).toMatch(/\[1\] Open the indicators checklist/);
    expect(out).toContain(`[x] ${label('phone-no-money')}`);
    expect(out).toContain(`[x] ${label('driven-around')}`);
    expect(out).not.toContain(`[x] ${label('no-school')}`);
  }, 60_000);

  it('Did you mean, and an everyday question', async () => {
    const out = plain(await chat([UNSURE, "what's the weather tomorrow", 'quit']));
    expect(out).toMatch(/Did you mean/);
    expect(out).toMatch(/I don't know that one/);
  }, 60_000);
});
