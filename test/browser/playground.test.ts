// The playground in Debian's Chromium (playwright-core, no browser download): Web Chat renders the
// bot's Adaptive Cards; we click through the referral tree, tick indicators, open a case and move
// the demo clock until a reminder reaches the case channel panel. Screenshots go to a temp dir
// (UPDATE_SCREENSHOT=1 also writes docs/playground.png for the README).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../support/browser.js';
import { allActions, botCards, startPlayground, type Activity, type Playground } from '../web/support.js';

const NAV = /^(back|start again)$/i;

let pg: Playground;
let browser: Browser;
let page: Page;
let shots: string;

const cards = () => page.locator('#webchat .ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)');
/** What a person reads: Web Chat puts zero-width spaces around links (a call link such as 999). */
const read = async (l: Locator): Promise<string> => ((await l.textContent()) ?? '').replace(/\u200b/g, '');
const lastCard = () => cards().last();

async function shot(name: string): Promise<string> {
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Do something that makes the bot answer, and wait for its new card(s) to render. */
async function expectNewCard(act: () => Promise<void>): Promise<Locator> {
  const before = await cards().count();
  await act();
  await expect.poll(() => cards().count(), { timeout: 15_000 }).toBeGreaterThan(before);
  await page.waitForTimeout(300); // let a second card of the same reply land
  return lastCard();
}

async function say(text: string): Promise<Locator> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  return expectNewCard(async () => {
    await box.fill(text);
    await box.press('Enter');
  });
}

/** True when the newest bot card has buttons that answer the given flow (not just Back / Start again). */
async function lastCardAnswers(flow: string): Promise<boolean> {
  const id = await page.locator('body').getAttribute('data-conversation-id');
  const res = await fetch(`${pg.url}/v3/directline/conversations/${id}/activities?watermark=0`);
  const { activities } = (await res.json()) as { activities: Activity[] };
  const card = botCards(activities).at(-1);
  return allActions(card).some((a) => {
    const sg = (a.data as { sg?: { t: string; a: string } } | undefined)?.sg;
    return sg?.t === flow && sg.a !== 'back' && sg.a !== 'restart';
  });
}

async function buttons(card: Locator): Promise<Locator[]> {
  const all = await card.locator('button.ac-pushButton').all();
  const out: Locator[] = [];
  for (const b of all) if (!NAV.test(((await b.textContent()) ?? '').trim())) out.push(b);
  return out;
}

// Skipped only on a developer machine without Chromium; in CI (.ci/run installs it) a missing browser fails.
if (process.env.CI && !existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh`);

describe.skipIf(!existsSync(CHROMIUM))('playground in Chromium', () => {
  beforeAll(async () => {
    shots = process.env.PLAYGROUND_SHOTS ?? (await mkdtemp(path.join(tmpdir(), 'sg-playground-shots-')));
    pg = await startPlayground();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
    await page.goto(`${pg.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await pg?.close();
  });

  it('shows the 999 line, Web Chat with the welcome card, the case channel and the demo clock', async () => {
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('header.top').textContent()).toContain('call 999');
    expect(await read(lastCard())).toContain('call 999');
    expect(await page.getByRole('heading', { name: 'Case channel' }).count()).toBe(1);
    expect(await page.locator('#clock-buttons button').allTextContents()).toEqual(['+1 hour', '+1 day', 'Next deadline']);
    await shot('01-welcome');
  });

  it('walks the referral decision tree to its result by clicking the cards’ buttons', async () => {
    let card = await say('refer');
    let questions = 0;
    // A card is a question while its buttons answer the referral flow (read from the card JSON Web Chat got).
    while ((await lastCardAnswers('refer')) && questions < 15) {
      const select = card.locator('select');
      if ((await select.count()) > 0) {
        // An authority list: pick the first real entry; the first (primary) button submits it.
        const values = await select
          .first()
          .locator('option')
          .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
        await select.first().selectOption(values[0]!);
      }
      const first = (await buttons(card))[0]!;
      card = await expectNewCard(() => first.click());
      questions++;
    }
    const result = await read(card);
    expect(questions).toBeGreaterThan(2); // several questions, one at a time
    expect(await lastCardAnswers('refer')).toBe(false);
    expect(result).toContain('call 999');
    expect(result).toMatch(/PG47 §/);
    await shot('02-referral-result');
  });

  it('ticks two indicators and submits them', async () => {
    const card = await say('indicators');
    const boxes = card.locator('input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(2);
    const labels: string[] = [];
    for (const i of [0, 1]) {
      await boxes.nth(i).check();
      const id = await boxes.nth(i).getAttribute('id');
      labels.push(((await card.locator(`label[for="${id}"]`).textContent()) ?? '').trim());
    }
    const submit = card.locator('button.ac-pushButton').first();
    const result = await expectNewCard(() => submit.click());
    // What was ticked is behind "Show what you ticked…", opened in place.
    await result.getByRole('button', { name: /^Show what you ticked/ }).click();
    const text = await read(result);
    for (const l of labels) expect(text).toContain(l.slice(0, 30));
    expect(text).toContain('call 999');
    await shot('03-indicators-result');
  });

  it('opens a case and moves the demo clock until a reminder reaches the case channel', async () => {
    const opened = await say('case open TEST-001');
    expect(await opened.textContent()).toContain('TEST-001');
    await expect.poll(() => page.locator('#case-card').textContent(), { timeout: 10_000 }).toContain('TEST-001');
    // A verbal referral starts a deadline (written referral within 48 hours, PG47 §14).
    const recorded = await say('case event verbal-referral today');
    expect(await recorded.textContent()).toContain('TEST-001');
    await expect.poll(() => page.locator('#case-card').textContent(), { timeout: 10_000 }).toMatch(/written referral/i);
    const channel = page.locator('#channel .card');
    const before = await channel.count();
    const clockBefore = await page.locator('#clock-now').getAttribute('datetime');
    await page.getByRole('button', { name: 'Next deadline' }).click();
    await expect
      .poll(() => page.locator('#clock-status').textContent(), { timeout: 20_000 })
      .toMatch(/\d+ messages? posted to the case channel/);
    await expect.poll(() => channel.count(), { timeout: 10_000 }).toBeGreaterThan(before);
    const clockAfter = await page.locator('#clock-now').getAttribute('datetime');
    expect(new Date(clockAfter!).getTime()).toBeGreaterThan(new Date(clockBefore!).getTime());
    expect(await channel.first().textContent()).toContain('TEST-001');
    await page.setViewportSize({ width: 1280, height: 1100 });
    const file = await shot('04-case-reminder');
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: path.resolve('docs/playground.png') });
    expect(existsSync(file)).toBe(true);

    // A reminder's button, pressed in the channel, updates that message in place (as in Teams).
    const reminder = channel.first();
    const done = reminder.getByRole('button', { name: /done/i }).first();
    const count = await channel.count();
    await done.click();
    await expect.poll(() => reminder.locator('.meta').textContent(), { timeout: 10_000 }).toContain('updated');
    expect(await channel.count()).toBe(count);
    await shot('05-reminder-done');
  });

  it('keeps the conversation across a page reload (and the case panel with it)', async () => {
    const id = await page.locator('body').getAttribute('data-conversation-id');
    const before = await cards().count();
    await page.reload();
    await expect.poll(() => cards().count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(before);
    expect(await page.locator('body').getAttribute('data-conversation-id')).toBe(id);
    if (pg.app.cases.handlers.some((h) => h.namespace === 'case')) {
      await expect.poll(() => page.locator('#case-card').textContent(), { timeout: 10_000 }).toContain('TEST-001');
    }
  });

  it('stacks the chat above the panel on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const chat = await page.locator('.chat').boundingBox();
    const side = await page.locator('.side').boundingBox();
    expect(side!.y).toBeGreaterThanOrEqual(chat!.y + chat!.height - 1);
    expect(chat!.width).toBeLessThanOrEqual(390);
    await shot('06-narrow');
  });
});
