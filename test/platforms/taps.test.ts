// Taps to a referral plan, counted through the real protocols: Teams (Action.Execute invokes on /api/messages) and
// Slack (signed block_actions). A tap is a button pressed or an option chosen. Slack's borough select answers as soon
// as a borough is chosen, so Slack takes no more taps than Teams, where the card's list needs Continue.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPlatforms, type Platform, type PlatformDriver, type Platforms } from '../support/drivers.js';

let p: Platforms;
beforeAll(async () => {
  p = await startPlatforms();
});
afterAll(async () => {
  await p?.close();
});

async function referral(d: PlatformDriver): Promise<void> {
  await d.say('refer');
  await d.click(/^No$/); // not in immediate danger
  await d.click(/London borough/i);
  await d.choose({ borough: 'SWK' }, 'Continue');
  await d.click(/first responder/i);
  await d.click(/under 18/i);
  await d.click(/^No$/); // unaccompanied?
  await d.click(/^No$/); // privately fostered?
}

it('the referral takes no more taps in Slack than in Teams, and both reach the plan', async () => {
  const taps: Partial<Record<Platform, number>> = {};
  for (const platform of ['teams', 'slack'] as const) {
    const d = await p.driver(platform);
    await referral(d);
    expect(d.firstScreenText()).toMatch(/Phone Southwark Children's Social Care/);
    taps[platform] = d.taps;
  }
  console.log(`taps to the referral plan: Teams ${taps.teams}, Slack ${taps.slack}`);
  expect(taps.teams).toBe(8); // 7 answers; choosing the borough and pressing Continue are two
  expect(taps.slack).toBe(7); // choosing the borough answers it
  expect(taps.slack!).toBeLessThanOrEqual(taps.teams!);
});
