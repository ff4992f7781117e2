// The terminal chat: piped input through `npx tsx src/cli/chat.ts`, and its renderer in-process.
import { describe, expect, it } from 'vitest';
import { renderScreen, valuesFromNumbers } from '../../src/cli/render.js';
import { chat } from '../support/cliChat.js';
import { inputFor } from '../../src/cli/chat.js';
import type { Message } from '../../src/conversation/model.js';

describe('npm run chat (piped)', () => {
  it('walks a referral by numbers and words to the result', async () => {
    const { out, code } = await chat(['refer', '2', 'at a port', 'Hillingdon', '1', 'age uncertain', '1', '2', 'quit']);
    expect(code).toBe(0);
    expect(out).toContain('[1] Yes, in danger now  [2] No');
    expect(out).toContain('### Referral: what to do now');
    expect(out).toContain('Hillingdon Children’s Social Care (serving the port)');
    expect(out).toContain('0800 043 4303');
    expect(out).toContain('treat the young person as a child');
    expect(out).toContain('If a child is in immediate danger, call 999');
    expect(out).toContain('Bye.');
    // What to do now first (the call, and where to find the number); the rest, which cards keep behind
    // "Show details", follows under its own line in the terminal, numbered on.
    const result = out.slice(out.indexOf('### Referral: what to do now'));
    const rest = result.indexOf('-- The next ');
    expect(rest).toBeGreaterThan(result.indexOf('1. Phone Hillingdon Children’s Social Care'));
    expect(result.indexOf('Link: Call ICTG 0800 043 4303 tel:+448000434303')).toBeLessThan(rest);
    expect(result.indexOf('written referral')).toBeGreaterThan(rest);
    expect(result.slice(rest)).toMatch(/\n2\. /);
  });

  it('a flow ends with its result; inside one, a question gets one line on how to go back; cancel leaves it', async () => {
    const { out } = await chat([
      'contacts Hackney',
      'do I need consent for the NRM?',
      'refer',
      'do I need consent for the NRM?',
      'continue',
      'cancel', // in the terminal, exit and quit end the chat itself
      'do I need consent for the NRM?',
      'quit',
    ]);
    const hint = 'To go back to "Make a referral", type continue. To leave it, type cancel.';
    expect(out.split(hint)).toHaveLength(2); // once: only for the question asked inside the unfinished referral
    expect(out).not.toMatch(/still in|go back to "Contacts"/);
    expect(out).toContain('Left "Make a referral".');
    expect(out.indexOf(hint)).toBeGreaterThan(out.indexOf('Hackney'));
  });

  it('greets, thanks, names a port, takes "yeah", and a number typed on a pre-ticked checklist adds to the ticks', async () => {
    const { out } = await chat([
      'hello',
      'thanks',
      'what is the national referral mechanism',
      // A story ticks what it shows (not in school, 22); the checklist opens with those ticked; typing 4,22 adds 4
      // (no travel documents of his own) and keeps 22 ticked: a typed number never unticks.
      'yr 8 boy, not registered at any school, lives with a man who is not his dad',
      '1',
      '4,22',
      'quit',
    ]);
    expect(out).toMatch(/Hello\.\n! If a child is in immediate danger, call 999/);
    expect(out).toContain('You are welcome.');
    expect(out).not.toContain("I don't know that one");
    // "Related questions:" sits with the numbered buttons it introduces, not alone above the sources.
    expect(out).toMatch(/Related questions:\n\[1\] /);
    expect(out).not.toContain('(Related questions:)');
    expect(out).toContain('(22) [x] Not enrolled in school');
    const result = out.slice(out.lastIndexOf('### Risk indicators: result'));
    expect(result).toMatch(/You ticked [2-9] indicators/);
    expect(result).toContain('Does not hold their own travel documents');
    expect(result).toContain('Not enrolled in school');
  });

  it('a single choice asks for one number, not several', () => {
    const screen = renderScreen([
      {
        blocks: [{ type: 'input', input: { kind: 'choice', id: 'b', label: 'Borough', options: [{ value: 'a', label: 'A' }] } }],
        buttons: [{ label: 'Continue', action: { t: 'x', a: 'y' } }],
      },
    ]);
    expect(screen.text).toContain('Type the number of your choice');
    expect(screen.text).not.toContain('1,4');
  });

  it('ticks indicators with comma-separated numbers', async () => {
    const { out } = await chat(['indicators', '4, 22', 'quit']);
    expect(out).toContain('You ticked 2 indicators');
    expect(out).toContain('Does not hold their own travel documents');
    expect(out).toContain('Not enrolled in school');
  });
});

describe('CLI renderer', () => {
  const msg: Message = {
    title: 'T',
    blocks: [
      {
        type: 'input',
        input: {
          kind: 'choice',
          id: 'a',
          label: 'A',
          multi: true,
          options: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
          ],
          value: ['x'],
        },
      },
      {
        type: 'input',
        input: {
          kind: 'choice',
          id: 'b',
          label: 'B',
          options: [
            { value: 'p', label: 'P' },
            { value: 'q', label: 'Q' },
          ],
        },
      },
    ],
    buttons: [
      { label: 'Back', action: { t: 'f', a: 'back' } },
      { label: 'Save', action: { t: 'f', a: 'save' } },
    ],
  };

  it('numbers options across inputs and shows ticks', () => {
    const s = renderScreen([msg]);
    expect(s.text).toContain('(1) [x] X');
    expect(s.text).toContain('(4) Q');
    expect(s.options.map((o) => o.n)).toEqual([1, 2, 3, 4]);
  });

  it('turns numbers into values (numbers tick, -n or "untick n" unticks, single replaces) sent with the first non-navigation button', () => {
    const s = renderScreen([msg]);
    // 1 is ticked already: typing it again keeps it ticked (it does not untick what was pre-ticked).
    expect(valuesFromNumbers('1,2,4', s)).toEqual({ a: ['x', 'y'], b: ['q'] });
    expect(valuesFromNumbers('-1 2', s)).toEqual({ a: ['y'], b: [] });
    expect(valuesFromNumbers('untick 1', s)).toEqual({ a: [], b: [] });
    expect(valuesFromNumbers('-7', s)).toBeUndefined();
    expect(valuesFromNumbers('9', s)).toBeUndefined();
    expect(valuesFromNumbers('save', s)).toBeUndefined();
    expect(inputFor('2', s)).toEqual({ kind: 'action', action: { t: 'f', a: 'save' }, values: { a: ['x', 'y'], b: [] } });
    expect(inputFor('Save', s)).toEqual({ kind: 'text', text: 'Save' });
  });

  it('numbers buttons when there are no inputs', () => {
    const s = renderScreen([{ blocks: [{ type: 'text', text: 'Hi' }], buttons: [{ label: 'One', action: { t: 'f', a: '1' } }] }]);
    expect(s.text).toContain('[1] One');
    expect(inputFor('1', s)).toEqual({ kind: 'action', action: { t: 'f', a: '1' } });
    expect(inputFor('2', s)).toEqual({ kind: 'text', text: '2' });
  });
});
