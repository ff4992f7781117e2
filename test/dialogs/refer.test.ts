// Referral decision tree transcripts, through the real Engine: [user says/clicks, reply contains, reply must not contain].
import { describe, expect, it } from 'vitest';
import { flatBlocks } from '../../src/conversation/model.js';
import { newChat, runTranscript, textOf } from './harness.js';
import { allFlows } from '../../dialogs/index.js';
import { parseContactsDirectory } from '../../src/procedure/contacts.js';
import { loadLondonAuthorities } from '../../src/content/index.js';

const EMERGENCY = 'If a child is in immediate danger, call 999';
const JUDGEMENT = 'does not replace your professional judgement';

describe('refer: transcripts', () => {
  it('immediate danger: 999 and police powers of protection come first', async () => {
    const chat = await runTranscript([
      ['refer', ['Question 1 of 7', 'immediate danger']],
      [{ click: 'Yes, in danger now' }, ['Call 999 now', 'powers of protection', 'Where is the child?']],
      [{ click: 'Lives in a London borough' }, ['Call 999 now', 'Which London authority']],
      ['Southwark', ['first responder']],
      [{ click: 'No' }, ['under 18']],
      [{ click: 'Yes, under 18' }, ['unaccompanied']],
      [{ click: 'No' }, ['private fostering']],
      [{ click: 'No' }, ['What to do now', 'Call 999 first', EMERGENCY, JUDGEMENT], ['privately fostered']],
    ]);
    const result = chat.seen.at(-1)!;
    const list = result.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items[0]).toMatch(/^Call 999 now/);
    expect(list?.type === 'list' && list.items[1]).toMatch(/Southwark Children’s Social Care/);
    // Both on the first screen, before "Show details".
    expect(result.blocks.findIndex((b) => b.type === 'details')).toBeGreaterThan(result.blocks.indexOf(list!));
  });

  it('a London child (ICTG area): local authority, verbal then written within 48 hours, NRM without consent, ICTG in parallel', async () => {
    const chat = await runTranscript([
      ['referral', ['immediate danger']],
      ['no', ['Where is the child?']], // typed button label
      ['1', ['Which London authority']], // typed button number
      [{ click: 'Continue', values: { borough: 'HCK' } }, ['first responder']],
      [{ click: 'Yes, first responder' }, ['under 18']],
      [{ click: 'Age uncertain or disputed' }, ['unaccompanied']],
      [{ click: 'Yes, unaccompanied' }, ['private fostering']],
      [
        { click: 'Yes' },
        [
          'Phone Hackney Children’s Social Care',
          'verbal referral',
          'written referral',
          'within 48 hours of the call',
          'NRM referral',
          'consent is not needed',
          'Duty to Notify',
          'ICTG service',
          'all of London is an ICTG area',
          'in parallel with the NRM referral',
          '0800 043 4303',
          'treat the young person as a child',
          'Monitoring report §4.6',
          'potential victim of trafficking',
          'privately fostered',
          'PG47 §12.2',
          'PG47 §14',
          'PG47 §13.2',
          'not filled in yet',
          EMERGENCY,
          JUDGEMENT,
        ],
        ['Call 999 first'],
      ],
    ]);
    // The plan's steps: the first on the first screen, the rest behind "Show details", numbered on.
    const items = flatBlocks(chat.seen.at(-1)!.blocks).flatMap((b) => (b.type === 'list' && b.ordered ? b.items : []));
    const at = (re: RegExp) => items.findIndex((i) => re.test(i));
    // In order: verbal referral, then written, then NRM, then ICTG.
    expect(at(/verbal referral/)).toBeLessThan(at(/written referral/));
    expect(at(/written referral/)).toBeLessThan(at(/NRM referral online/));
    expect(at(/NRM referral online/)).toBeLessThan(at(/ICTG service/));
  });

  it('a child at a port of entry: the Children’s Social Care serving the port, without delay', async () => {
    await runTranscript([
      ['refer', ['immediate danger']],
      [{ click: 'No' }, ['Where is the child?']],
      [{ click: 'At a port of entry' }, ['Which London authority serves the port']],
      ['hillingdon', ['first responder']],
      [{ click: 'No' }, ['under 18']],
      [{ click: 'Yes, under 18' }, ['unaccompanied']],
      [{ click: 'Not sure' }, ['private fostering']],
      [
        { click: 'No' },
        [
          'Hillingdon Children’s Social Care (serving the port)',
          'without delay',
          'makes the NRM referral',
          'ICTG',
          'potential victim',
          EMERGENCY,
        ],
        ['NRM referral online'],
      ],
    ]);
  });

  it('a child outside London: no borough question, the council where the child lives', async () => {
    await runTranscript([
      ['refer', ['Question 1 of 7']],
      [{ click: 'No' }, ['Where is the child?']],
      [{ click: 'Lives outside London' }, ['Question 3 of 6', 'first responder']],
      [{ click: 'Not sure' }, ['under 18']],
      [{ click: 'Yes, under 18' }, []],
      [{ click: 'No' }, []],
      [{ click: 'No' }, ['council where the child lives', 'Barnardo', '0800 043 4303', 'If you are a first responder', EMERGENCY]],
    ]);
  });

  it('shows the borough’s numbers when the partnership has filled them in, and never a made-up one', async () => {
    const data = {
      authorities: [{ code: 'TWH', name: 'Tower Hamlets', cscInHours: '020 0000 0001', cscOutOfHours: '020 0000 0002', councilMain: null }],
    };
    const chat = newChat({ contacts: parseContactsDirectory(data, loadLondonAuthorities()) });
    await runTranscript(
      [
        ['refer', []],
        [{ click: 'No' }, []],
        [{ click: 'Lives in a London borough' }, []],
        ['tower hamlets', []],
        [{ click: 'No' }, []],
        [{ click: 'Yes, under 18' }, []],
        [{ click: 'No' }, []],
        [{ click: 'No' }, ['020 0000 0001', '020 0000 0002', 'Council main line: not filled in yet'], ['Fallback']],
      ],
      chat,
    );
  });

  it('typing a London authority at "where is the child?" answers both questions', async () => {
    await runTranscript([
      ['refer', []],
      [{ click: 'No' }, ['Where is the child?']],
      ['Tower Hamlets', ['first responder'], ['Which London authority']],
      [{ click: 'Yes, first responder' }, []],
      [{ click: 'Yes, under 18' }, []],
      [{ click: 'No' }, []],
      [{ click: 'No' }, ['Phone Tower Hamlets Children’s Social Care']],
      ['back', ['private fostering']],
    ]);
  });

  it('back and start again, and unknown input', async () => {
    const chat = await runTranscript([
      ['refer', ['immediate danger']],
      [{ click: 'No' }, ['Where is the child?', 'Back', 'Start again']],
      [{ click: 'Back' }, ['immediate danger']],
      [{ click: 'No' }, ['Where is the child?']],
      [{ click: 'Lives in a London borough' }, ['Which London authority']],
      ['back', ['Where is the child?']],
      [{ click: 'Lives in a London borough' }, ['Which London authority']],
      ['Narnia', ['what I can do']], // unknown text: the engine shows help, the flow keeps its place
      ['Hack', ['first responder']], // a unique start of a name is enough
      ['start again', ['Question 1 of 7']],
    ]);
    // A click that does not fit the question is refused with a message, state unchanged.
    const wrong = await chat.send({ click: 'No' });
    expect(textOf(wrong)).toContain('Where is the child?');
  });

  it('with every flow wired, a question typed mid-walk is answered and the walk keeps its place', async () => {
    const chat = newChat({ flows: allFlows });
    await runTranscript(
      [
        ['refer', ['immediate danger']],
        [{ click: 'No' }, ['Where is the child?']],
        ['what is the ICTG phone number?', ['0800 043 4303', 'To go back to "Make a referral"']],
        ['Lives in a London borough', ['Which London authority']],
      ],
      chat,
    );
  });

  it('an ambiguous or unknown borough from a button payload is refused with a helpful message', async () => {
    const chat = newChat();
    await runTranscript(
      [
        ['refer', []],
        [{ click: 'No' }, []],
        [{ click: 'Lives in a London borough' }, []],
      ],
      chat,
    );
    const reply = textOf(await chat.send({ click: 'Continue', values: { borough: 'XYZ' } }));
    expect(reply).toContain('does not fit this question');
    expect(reply).toContain('Which London authority');
    const empty = textOf(await chat.send({ click: 'Continue' }));
    expect(empty).toContain('Pick a London authority');
  });

  it('a stale click on an old card changes nothing', async () => {
    const chat = newChat();
    await runTranscript([['refer', []]], chat);
    const old = chat.lastButtons().find((b) => b.label === 'No')!;
    await chat.send({ click: 'No' }); // now at "where"
    const res = await chat.engine.handle({
      platform: 'cli',
      conversationId: 'c1',
      userId: 'u1',
      shared: false,
      input: { kind: 'action', action: old.action },
    });
    expect(textOf(res.replies)).toContain('Where is the child?');
    expect(textOf(res.replies)).not.toContain('Which London authority');
  });
  it('the age question typed in words: "under 18" is a child, "no" is age uncertain (monitoring report §4.6)', async () => {
    await runTranscript([
      ['referral', ['immediate danger']],
      ['no', ['Where is the child?']],
      ['1', ['Which London authority']],
      [{ click: 'Continue', values: { borough: 'HCK' } }, ['first responder']],
      ['no', ['under 18']],
      ['under 18', ['Under 18: noted', 'unaccompanied']],
    ]);
    await runTranscript([
      ['referral', ['immediate danger']],
      ['no', ['Where is the child?']],
      ['1', ['Which London authority']],
      [{ click: 'Continue', values: { borough: 'HCK' } }, ['first responder']],
      ['no', ['under 18']],
      ['no', ['Age uncertain', 'unaccompanied']],
    ]);
  });
});
