// Transcripts for indicators, ways forward, checklists and contacts, through the real Engine.
import { describe, expect, it } from 'vitest';
import { newChat, runTranscript, textOf } from './harness.js';
import { indicatorGroups } from '../../src/procedure/indicators.js';
import { findChecklist } from '../../src/procedure/checklists.js';
import type { Message } from '../../src/conversation/model.js';

const EMERGENCY = 'If a child is in immediate danger, call 999';

describe('indicators', () => {
  it('offers one multi-select per group (at most 10 options each) and a Submit button', async () => {
    const chat = newChat();
    const [card] = await chat.send('indicators');
    const inputs = card!.blocks.flatMap((b) => (b.type === 'input' ? [b.input] : []));
    expect(inputs).toHaveLength(indicatorGroups.length);
    for (const i of inputs) {
      expect(i.kind === 'choice' && i.multi).toBe(true);
      expect(i.kind === 'choice' && i.options.length).toBeLessThanOrEqual(10);
    }
    expect(card!.buttons?.map((b) => b.label)).toContain('Submit');
  });

  it('names what was ticked by group, what it suggests, the next step; no score', async () => {
    await runTranscript([
      ['indicators', ['Submit', 'under ten']],
      [
        {
          click: 'Submit',
          values: { 'money-work': ['debt', 'begs'], 'care-school': 'no-school,no-gp', 'controlling-adult': ['adult-many-visas'] },
        },
        [
          'You ticked 5 indicators',
          'Money and work',
          'Must pay off a huge debt',
          'Is known to beg for money',
          'Care, health services and school',
          'Not enrolled in school',
          'The adult in control of the child',
          'What it may suggest',
          'One indicator is enough to talk to Children’s Social Care',
          'written referral within 48 hours',
          'may not fit children under ten',
          'Monitoring report §4.4.2',
          EMERGENCY,
          'Make a referral',
        ],
        ['score', 'threshold', 'Movement and documents', 'Health and behaviour'],
      ],
    ]);
  });

  it('with nothing ticked, says what to do if still worried', async () => {
    await runTranscript([
      ['indicators', []],
      [{ click: 'Submit' }, ['did not tick any', 'still worried', 'Children’s Social Care', EMERGENCY], ['You ticked']],
    ]);
  });

  it('ignores unknown option values from a tampered payload', async () => {
    await runTranscript([
      ['indicators', []],
      [
        { click: 'Submit', values: { movement: ['not-an-indicator', 'false-papers'] } },
        ['You ticked 1 indicator', 'false papers'],
        ['not-an-indicator'],
      ],
    ]);
  });

  it('back returns to the checklist; unknown text shows help', async () => {
    await runTranscript([
      ['indicators', []],
      [{ click: 'Submit', values: { control: ['driven-around'] } }, ['driven around']],
      ['back', ['Tick everything']],
      ['blah blah', ['what I can do']],
    ]);
  });
});

describe('ways forward', () => {
  it('shows a–d with conditions; s.47 leads to a strategy meeting within 2 working days', async () => {
    const chat = await runTranscript([
      [
        'ways forward',
        [
          'a) Assessment',
          'b) Accommodate under s.20',
          'c) Child protection enquiry (s.47)',
          'd) No further action',
          'lost or abandoned',
          'Emergency Protection Order',
        ],
      ],
      [
        { click: 'c) Child protection enquiry (s.47)' },
        ['strategy meeting within 2 working days', 'Tell the referrer which plan is in place', EMERGENCY, 'PG47 §14'],
      ],
    ]);
    const record = chat.lastButtons().find((b) => b.label === 'Record on this case');
    expect(record?.action).toMatchObject({ t: 'case', a: 'record-way', v: 's47' });
  });

  it('s.20 shows its three conditions and EPO / police protection where significant harm', async () => {
    const chat = await runTranscript([
      ['options', []],
      [
        { click: 'b) Accommodate under s.20 Children Act 1989' },
        [
          'lost or abandoned',
          'No one has parental responsibility',
          'cannot, for whatever reason, provide suitable accommodation',
          'significant harm',
          'Emergency Protection Order',
          'police powers of protection',
          'strategy meeting is due within 2 working days',
          'Tell the referrer',
        ],
      ],
    ]);
    expect(chat.lastButtons().find((b) => b.label === 'Record on this case')?.action.v).toBe('s20');
  });

  it('takes a typed letter, goes back, and an argument opens a way directly', async () => {
    await runTranscript([
      ['ways-forward', []],
      ['d', ['You chose d) No further action', 'Tell the referrer']],
      ['back', ['a) Assessment']],
      ['a', ['You chose a) Assessment', '45 working days']],
      ['ways forward s47', ['You chose c)']],
    ]);
  });
});

describe('checklists', () => {
  it('lists checklists as buttons without a name, then walks one with progress', async () => {
    const gh = findChecklist('golden hour')!;
    const n = gh.items.length;
    const chat = await runTranscript([
      ['checklist', ['Quick checklists', 'The golden hour', 'Information gathering', 'Strategy meeting']],
      [{ click: 'The golden hour' }, [`0 of ${n} done`, 'photograph', 'within 24 hours']],
      [{ click: 'Save ticks', values: { ticks: [gh.items[0]!.id, gh.items[4]!.id] } }, [`2 of ${n} done`]],
      ['tick 2, 3', [`4 of ${n} done`]],
      ['untick 1', [`3 of ${n} done`]],
      ['back', [`4 of ${n} done`]],
      [{ click: 'Save ticks', values: { ticks: gh.items.map((i) => i.id) } }, [`${n} of ${n} done`, 'All done']],
    ]);
    const progress = (chat.seen.at(-1) as Message).blocks.find((b) => b.type === 'progress');
    expect(progress).toMatchObject({ done: n, total: n });
  });

  it('opens by alias, and says so when a name is unknown', async () => {
    await runTranscript([
      ['checklist strategy', ['Checklist: Strategy meeting', '2 working days', 'PG47 §14']],
      ['checklists nonsense', ["don't have that checklist", 'Pick a checklist']],
      ['docs', ['Checklist: Documents to check']],
      ['tick 99', ['what I can do']],
    ]);
  });
});

describe('contacts', () => {
  it('shows the ICTG line, the borough (not filled in yet + fallback) and national lines', async () => {
    await runTranscript([
      [
        'contacts tower hamlets',
        [
          'Tower Hamlets Children’s Social Care',
          'office hours',
          'out of hours',
          'not filled in yet',
          'police 999',
          '0800 043 4303',
          '0808 800 5000',
          '08000 121 700',
          '101',
          'mySociety',
        ],
      ],
    ]);
  });

  it('finds a borough by code, picks from the list, and handles unknown names', async () => {
    const chat = await runTranscript([
      ['contact LBH', ['Lambeth Children’s Social Care']],
      ['contacts', ['London authority', 'Show numbers']],
      [{ click: 'Show numbers', values: { borough: 'HCK' } }, ['Hackney Children’s Social Care']],
      ['contacts atlantis', ['could not find that London authority', 'Show numbers']],
      ['westminster', ['Westminster Children’s Social Care']],
    ]);
    const reply = textOf(await chat.send('contacts E09000001'));
    expect(reply).toContain('City of London Children’s Social Care');
  });
});
