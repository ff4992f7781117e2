// A walk through every flow of the playground in Debian's Chromium, as a new user would, on a phone (390 px) and a
// desktop (1280 px): refer, indicators, ways forward, contacts, a checklist, a question, and a case with a reminder
// in the case channel. Each result must show its first step on arrival (Web Chat keeps a long card's top in view),
// no flow leaves a "still in" / "go back" nag once its result is shown, the page logs no console error, and every
// phone number on screen is a call link. Screenshots are written to docs/screens/ on every run (not kept in git);
// UPDATE_SCREENSHOTS=1 also refreshes the three the README shows, in docs/screens/readme/.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../web/support.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.js';

const SCREENS = path.resolve('docs/screens');
const VIEWPORTS = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 900 },
] as const;
const NAG = /still in|go back to|type continue/i;
const README_SHOTS = ['referral-result-390.png', 'indicators-result-390.png', 'case-reminder-1280.png'];

if (process.env.CI && !existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh`);

let pg: Playground;
let browser: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  mkdirSync(path.join(SCREENS, 'readme'), { recursive: true });
  userDataDir = await mkdtemp(path.join(tmpdir(), 'sg-walk-profile-'));
  // A fresh profile (--user-data-dir) for every run: Playwright passes it to Chromium as the persistent context.
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    args: CHROMIUM_ARGS,
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

/** One person's page at one width, with what it logged. */
class Walker {
  readonly errors: string[] = [];
  private constructor(
    readonly page: Page,
    readonly width: string,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(String(e)));
  }

  static async open(vp: (typeof VIEWPORTS)[number]): Promise<Walker> {
    // A new tab: its own sessionStorage, so its own conversation.
    const page = await browser.newPage();
    await page.setViewportSize({ width: vp.width, height: vp.height });
    const w = new Walker(page, vp.name);
    await page.goto(`${pg.url}/`);
    await w.cards().first().waitFor({ timeout: 20_000 });
    return w;
  }

  close = () => this.page.close();

  cards = () => this.page.locator('#webchat .ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)');
  last = () => this.cards().last();

  /** Do something that makes the bot answer, and wait until its card has rendered and Web Chat has scrolled. */
  async answer(act: () => Promise<void>): Promise<Locator> {
    const before = await this.cards().count();
    await act();
    await expect.poll(() => this.cards().count(), { timeout: 15_000 }).toBeGreaterThan(before);
    await this.page.waitForTimeout(900); // a second card of the same reply, and Web Chat's scrolling, settle
    return this.last();
  }

  say(text: string): Promise<Locator> {
    const box = this.page.locator('[data-id="webchat-sendbox-input"]');
    return this.answer(async () => {
      await box.fill(text);
      await box.press('Enter');
    });
  }

  press(card: Locator, name: string | RegExp): Promise<Locator> {
    return this.answer(() => card.getByRole('button', { name }).first().click());
  }

  /** True when the element's box lies inside the chat transcript's visible area and the window. */
  async onScreen(el: Locator): Promise<boolean> {
    await el.waitFor({ state: 'attached', timeout: 5_000 });
    return el.evaluate((node) => {
      const r = node.getBoundingClientRect();
      const scroller = node.closest('.webchat__basic-transcript__scrollable') ?? document.scrollingElement!;
      const s = scroller.getBoundingClientRect();
      const top = Math.max(s.top, 0);
      const bottom = Math.min(s.bottom, window.innerHeight);
      return r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1;
    });
  }

  /** Phone numbers shown as plain text, not inside a tel: link or a call button ("Call ICTG 0800 043 4303"). */
  unlinkedNumbers(root = 'body'): Promise<string[]> {
    return this.page.evaluate((sel) => {
      const re = /(?<![\d§.:/#+\p{L}-])(999|101|0\d{2,4}(?:[ -]?\d{3,4}){1,2})(?![\d:/\p{L}-]|\.\d)/gu;
      const out: string[] = [];
      const scope = document.querySelector(sel)!;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue; // hidden (behind Show details)
        if (el.closest('a[href^="tel:"]')) continue;
        const button = el.closest('button, [role="button"]');
        if (button && /^Call /.test(button.textContent?.trim() ?? '')) continue;
        if (el.closest('input, textarea, select, [data-id="webchat-sendbox-input"]')) continue;
        for (const m of (n.textContent ?? '').matchAll(re)) {
          const digits = m[1]!.replace(/\D/g, '');
          if (m[1]!.length > 3 && (digits.length < 10 || digits.length > 11)) continue;
          out.push(`${m[1]} in "${(n.textContent ?? '').trim().slice(0, 80)}"`);
        }
      }
      return out;
    }, root);
  }

  /** Every "Call ..." button of the chat's cards opens a tel: link (read from the cards Web Chat received). */
  async callButtonsAreTel(): Promise<void> {
    const id = await this.page.locator('body').getAttribute('data-conversation-id');
    const res = await fetch(`${pg.url}/v3/directline/conversations/${id}/activities?watermark=0`);
    const { activities } = (await res.json()) as { activities: Array<{ attachments?: Array<{ content?: unknown }> }> };
    const actions: Array<{ type?: string; title?: string; url?: string }> = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) actions.push(o as never);
      Object.values(o).forEach(walk);
    };
    walk(activities.flatMap((a) => a.attachments ?? []));
    const calls = actions.filter((a) => /^Call /.test(a.title ?? ''));
    expect(calls.length).toBeGreaterThan(0);
    for (const a of calls) expect(a, `${a.title}`).toMatchObject({ type: 'Action.OpenUrl', url: expect.stringMatching(/^tel:\+?\d+$/) });
  }

  async shot(name: string): Promise<void> {
    const file = `${name}-${this.width}.png`;
    await this.page.screenshot({ path: path.join(SCREENS, file) });
    // The README's pictures (docs/screens/readme/, kept in git) are refreshed only when asked for.
    if (process.env.UPDATE_SCREENSHOTS && README_SHOTS.includes(file))
      copyFileSync(path.join(SCREENS, file), path.join(SCREENS, 'readme', file));
  }

  /** The first text block of `card` containing `text`. */
  textIn(card: Locator, text: string | RegExp): Locator {
    return card.locator('.ac-textBlock', { hasText: text }).first();
  }

  /** Pick an option of the card's (only) select by its label. */
  async select(card: Locator, label: string): Promise<void> {
    await card.locator('select').first().selectOption({ label });
  }
}

describe.skipIf(!existsSync(CHROMIUM))('a new user walks every flow of the playground in Chromium', () => {
  describe.each(VIEWPORTS)('at $name px', (vp) => {
    let w: Walker;
    beforeAll(async () => {
      // A playground of its own: the demo clock moved by one walk's reminders does not move the other's.
      pg = await startPlayground();
      w = await Walker.open(vp);
    }, 40_000);
    afterAll(async () => {
      await w?.close();
      await pg?.close();
    });

    it('refer: the result shows the first step and the number to call on arrival', async () => {
      let card = await w.say('refer');
      card = await w.press(card, /^No$/);
      card = await w.press(card, /London borough/);
      expect(await w.textIn(card, 'Not in immediate danger').count()).toBe(0); // that was two answers ago
      await w.select(card, 'Southwark');
      card = await w.press(card, 'Continue');
      expect(await w.textIn(card, 'Southwark: Southwark Children’s Social Care takes the referral.').isVisible()).toBe(true);
      card = await w.press(card, /first responder/);
      card = await w.press(card, /under 18/);
      card = await w.press(card, /^No$/);
      card = await w.press(card, /^No$/);
      await w.shot('referral-result');
      const first = w.textIn(card, 'Phone Southwark Children’s Social Care');
      expect(await w.onScreen(first), 'first step on the first screen').toBe(true);
      expect(await w.onScreen(card.getByRole('button', { name: /^Call ICTG 0800 043 4303/ })), 'the number to call').toBe(true);
      expect(await w.onScreen(card.getByRole('button', { name: /GOV\.UK/ }))).toBe(true);
      expect(await w.onScreen(w.textIn(card, 'Referral: what to do now')), 'the card’s top').toBe(true);
      // The rest is behind Show details, and opens in place.
      const written = w.textIn(card, 'written referral');
      expect(await written.isVisible()).toBe(false);
      await card.getByRole('button', { name: /^Show the next/ }).click();
      await expect.poll(() => written.isVisible()).toBe(true);
      expect(await w.unlinkedNumbers('#webchat')).toEqual([]);
      await w.shot('referral-details');
    });

    it('a question after the referral result is answered with no nag', async () => {
      const card = await w.say('do I need consent for the NRM?');
      const text = (await card.textContent()) ?? '';
      expect(text).toMatch(/consent/i);
      expect(text).not.toMatch(NAG);
      // Related-question buttons show their whole question: nothing cut off with "…".
      const cut = await card
        .locator('button.ac-pushButton')
        .evaluateAll((bs) =>
          bs.filter((b) => b.scrollWidth > b.clientWidth + 1 || /…$/.test(b.textContent?.trim() ?? '')).map((b) => b.textContent),
        );
      expect(cut).toEqual([]);
      // Nothing else after the answer says "still in" either.
      const after = await w.page.locator('#webchat .webchat__basic-transcript__activity').last().textContent();
      expect(after ?? '').not.toMatch(NAG);
      await w.shot('question');
    });

    it('indicators: the result leads with what to do now', async () => {
      const card = await w.say('indicators');
      const boxes = card.locator('input[type="checkbox"]');
      await boxes.nth(0).check();
      await boxes.nth(5).check();
      const result = await w.press(card, 'Submit');
      expect(await w.onScreen(w.textIn(result, 'Do this now: talk to Children’s Social Care')), 'first step on arrival').toBe(true);
      expect(await w.onScreen(w.textIn(result, 'You ticked 2 indicators'))).toBe(true);
      expect(await w.unlinkedNumbers('#webchat')).toEqual([]);
      await w.shot('indicators-result');
    });

    it('ways forward: the choice first, then what follows leads with the first step', async () => {
      const card = await w.say('ways forward');
      expect(await w.onScreen(w.textIn(card, 'c) Child protection enquiry (s.47)'))).toBe(true);
      await w.shot('ways-forward');
      const result = await w.press(card, /^c\) Child protection/);
      expect(await w.onScreen(w.textIn(result, 'Convene a strategy meeting within 2 working days')), 'first step on arrival').toBe(true);
      await w.shot('ways-forward-result');
      const next = await w.say('what is the NRM?');
      expect((await next.textContent()) ?? '').not.toMatch(NAG);
    });

    it('contacts: a borough’s numbers, each a call link or said to be missing', async () => {
      const card = await w.say('contacts Hackney');
      expect(await w.onScreen(w.textIn(card, 'Hackney Children’s Social Care'))).toBe(true);
      expect(await w.unlinkedNumbers('#webchat')).toEqual([]);
      await w.shot('contacts');
    });

    it('a checklist: numbered items, progress once', async () => {
      const card = await w.say('checklist golden-hour');
      const text = (await card.textContent()) ?? '';
      expect(text).toMatch(/0 of \d+ done/);
      expect(text.match(/of \d+ done/g)).toHaveLength(1);
      await w.shot('checklist');
      const next = await w.say('who do I call out of hours?');
      expect((await next.textContent()) ?? '').not.toMatch(/still in/i);
    });

    it('a case with a reminder: the channel shows it, one card per reminder, Done updates it in place', async () => {
      const ref = `WALK-${vp.name}`;
      await w.say(`case open ${ref}`);
      await w.say('case event verbal-referral today');
      await expect.poll(() => w.page.locator('#case-card').textContent(), { timeout: 10_000 }).toMatch(/written referral/i);
      await w.page.getByRole('button', { name: 'Next deadline' }).click();
      const channel = w.page.locator('#channel .card');
      await expect.poll(() => channel.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await w.page.waitForTimeout(1500);
      const newest = channel.first();
      // The panel scrolls to the newest reminder: it and its buttons are in view.
      const inView = () =>
        newest.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.top < window.innerHeight - 40;
        });
      await expect.poll(inView, { timeout: 5_000 }).toBe(true);
      await w.shot('case-reminder');
      // Its reschedule date and time read the British way, whatever the browser's language.
      expect(await newest.locator('input[data-kind="date"]').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(await newest.locator('input[data-kind="time"]').inputValue()).toMatch(/^\d{2}:\d{2}$/);
      const count0 = await channel.count();
      // Snoozed is a state, not a warning: said in a neutral colour, on the same card.
      await newest.getByRole('button', { name: 'Snooze 1 hour' }).click();
      const snoozed = newest.locator('p', { hasText: 'Snoozed until' });
      await snoozed.waitFor({ timeout: 10_000 });
      const colour = await snoozed.evaluate((el) => getComputedStyle(el).color);
      expect(colour, 'snoozed is not red').not.toMatch(/rgb\((1[4-9]\d|2\d\d), (\d|[1-6]\d), (\d|[1-6]\d)\)/);
      expect(await channel.count()).toBe(count0);
      await w.shot('case-reminder-snoozed');
      const texts = async () => (await channel.allTextContents()).map((t) => t.replace(/Posted .*$/, ''));
      const count = await channel.count();
      await newest.getByRole('button', { name: /done/i }).first().click();
      await expect.poll(() => newest.locator('.meta').textContent(), { timeout: 10_000 }).toContain('updated');
      await w.page.waitForTimeout(1500);
      expect(await channel.count(), 'Done updates the reminder in place').toBe(count);
      const all = await texts();
      expect(new Set(all).size, 'no two identical cards in the channel').toBe(all.length);
      expect(await w.unlinkedNumbers('#channel')).toEqual([]);
      expect(await w.unlinkedNumbers('#case-card')).toEqual([]);
      await w.shot('case-reminder-done');
    });

    it('dates and times read en-GB (day month year, 24-hour clock)', async () => {
      const now = (await w.page.locator('#clock-now').textContent()) ?? '';
      expect(now).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
      expect(now).not.toMatch(/AM|PM/);
      const htmlLang = await w.page.locator('html').getAttribute('lang');
      expect(htmlLang).toBe('en-GB');
    });

    it('logged no console error, and every Call button dials', async () => {
      await w.callButtonsAreTel();
      expect(w.errors, w.errors.join('\n')).toEqual([]);
    });
  });
});
