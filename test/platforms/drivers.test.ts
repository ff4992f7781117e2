// The platform drivers themselves: they see what a person sees, press what is there, and refuse what is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Platform, type Platforms } from '../support/drivers.js';

const PLATFORMS: Platform[] = ['teams', 'slack', 'playground'];
/** Slack adds its own "Share in channel" to a private result, and "More" (cards: "Show ...") opens the details;
 * the flow's buttons are the same everywhere. */
const flowButtons = (labels: string[]) => labels.filter((l) => l !== 'Share in channel' && l !== 'More' && !/^Show /.test(l));

let p: Platforms;
beforeAll(async () => {
  p = await startPlatforms();
});
afterAll(async () => {
  await p?.close();
});

describe.each(PLATFORMS)('driver on %s', (platform) => {
  it('shows the first referral question with its buttons, and Back returns to it', async () => {
    const d = await p.driver(platform);
    await d.say('refer');
    const first = d.lastText();
    expect(first).toMatch(/immediate danger/i);
    expect(flowButtons(d.lastButtons())).toEqual(['Yes, in danger now', 'No']);
    await d.click('No');
    expect(d.lastText()).not.toBe(first);
    expect(d.lastButtons()).toContain('Back');
    await d.click('Back');
    expect(d.lastText()).toBe(first);
  });

  it('refuses a button that is not on the latest message, naming the ones that are', async () => {
    const d = await p.driver(platform);
    await d.say('ways forward');
    await expect(d.click('Make a sandwich')).rejects.toThrow(/no button .*Make a sandwich.* in: .*s\.47/);
  });

  it('a wrong selection is answered with the same question again, not a result', async () => {
    const d = await p.driver(platform);
    await d.say('contacts');
    if (platform === 'slack') {
      // Slack's select answers as soon as an authority is chosen: there is no button to press with nothing chosen.
      expect(d.lastButtons()).not.toContain('Show numbers');
      await d.choose({ borough: 'HCK' }, /show numbers/i);
      expect(d.lastText()).toMatch(/Hackney/);
      return;
    }
    await d.click(/show numbers/i, {}); // nothing picked
    expect(d.lastText()).toMatch(/pick a london authority/i);
    expect(d.lastText()).not.toMatch(/not filled in/i);
  });
});

describe('the same step reads the same on every platform', () => {
  it('the first ways-forward card offers the same four ways', async () => {
    const seen: string[][] = [];
    for (const platform of PLATFORMS) {
      const d = await p.driver(platform);
      await d.say('ways forward');
      seen.push(flowButtons(d.lastButtons()));
    }
    expect(seen[0]).toHaveLength(4);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });
});
