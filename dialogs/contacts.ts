// Contacts: the ICTG line, a London authority's Children's Social Care (in and out of hours), national lines.
// A number the partnership has not filled in is shown as missing, with the fallback. Never made up.
import type { Flow, FlowContext, FlowError } from '../src/conversation/flow.js';
import type { Block, Message } from '../src/conversation/model.js';
import { text } from '../src/conversation/model.js';
import type { ContactsDirectory } from '../src/procedure/contacts.js';
import {
  AUTHORITIES_ATTRIBUTION,
  authorityFacts,
  fallbackLines,
  fallbackLinks,
  callLink,
  ICTG_LINE,
  hasMissingNumbers,
  ICTG,
  NATIONAL_LINES,
} from '../src/procedure/contacts.js';
import { button, contactsOf, EMERGENCY_LINE } from './common.js';

export interface ContactsState {
  code?: string;
  /** A name was typed that matches no authority (the text itself is not kept: it may hold personal data). */
  notFound?: boolean;
}

const ID = 'contacts';

function lookup(directory: ContactsDirectory, query: string): ContactsState | FlowError {
  const found = directory.search(query);
  if (found.length === 1) return { code: found[0]!.code };
  if (found.length > 1) return { error: `That could be ${found.map((f) => f.name).join(', ')}. Which one?` };
  return { error: 'I could not find that London authority. Pick one from the list.' };
}

function nationalBlocks(): Block[] {
  return [
    { type: 'heading', text: 'ICTG (Independent Child Trafficking Guardians) and national lines' },
    {
      type: 'facts',
      facts: [ICTG, ...NATIONAL_LINES].map((l) => ({ label: l.label, value: l.note ? `${l.number} (${l.note})` : l.number })),
    },
  ];
}

function render(state: ContactsState, ctx: FlowContext): Message {
  const directory = contactsOf(ctx);
  const la = state.code ? directory.get(state.code) : undefined;
  const blocks: Block[] = [text(EMERGENCY_LINE, 'warning')];
  const buttons = [];
  if (la) {
    blocks.push({ type: 'heading', text: `${la.name} Children’s Social Care` }, { type: 'facts', facts: authorityFacts(la) });
    // The numbers to call, as call links, right under the authority (the national lines follow).
    const calls = [
      ...(la.contacts.cscInHours ? [callLink(`${la.name} CSC`, la.contacts.cscInHours)] : []),
      ...(la.contacts.cscOutOfHours ? [callLink(`${la.name} out of hours`, la.contacts.cscOutOfHours)] : []),
    ];
    if (hasMissingNumbers(la)) {
      blocks.push(text('Some numbers have not been filled in yet by your partnership. Meanwhile:', 'warning'), {
        type: 'list',
        items: fallbackLines(la),
      });
      calls.push(...fallbackLinks(la));
    }
    blocks.push({ type: 'links', links: [...calls, callLink('ICTG', ICTG_LINE)] });
    blocks.push(text('For another London authority, type contacts and the authority, e.g. contacts Camden.', 'subtle'));
  } else {
    if (state.notFound) blocks.push(text('I could not find that London authority.', 'warning'));
    blocks.push({
      type: 'input',
      input: {
        kind: 'choice',
        id: 'borough',
        label: 'London authority',
        options: directory.all().map((e) => ({ value: e.code, label: e.name })),
      },
    });
    blocks.push(text('Pick a London authority, or type it (e.g. Tower Hamlets).', 'subtle'));
    buttons.push({ ...button(ID, 'show', 'Show numbers', undefined, 'primary'), submits: 'borough' });
  }
  blocks.push(...nationalBlocks(), text(`${AUTHORITIES_ATTRIBUTION}.`, 'subtle'));
  const links = [callLink('ICTG', ICTG_LINE)];
  return { title: 'Contacts', blocks, buttons, ...(la ? {} : { links }), sources: ['PG47 §13', 'PG47 §13.2'], personal: true };
}

export const contactsFlow: Flow<ContactsState> = {
  id: ID,
  version: 1,
  title: 'Contacts',
  commands: ['contacts', 'contact'],
  summary:
    'the ICTG (Independent Child Trafficking Guardians) line, each London authority’s Children’s Social Care, national lines (e.g. contacts Hackney)',
  start(ctx, arg) {
    if (!arg) return {};
    const r = lookup(contactsOf(ctx), arg);
    return 'error' in r ? { notFound: true } : r;
  },
  acceptsArg: (arg, ctx) => !('error' in lookup(contactsOf(ctx), arg)),
  // A borough's contacts shown (or the national lines with no borough asked for) is the result.
  ended: (state) => Boolean(state.code),
  render: (state, ctx) => [render(state, ctx)],
  next(state, input, ctx) {
    const directory = contactsOf(ctx);
    if (input.kind === 'text') return lookup(directory, input.text);
    if (input.action.a !== 'show') return { error: 'Pick a London authority, or type it (e.g. Hackney).' };
    const picked = input.values?.['borough'];
    const code = Array.isArray(picked) ? picked[0] : picked;
    const la = code ? directory.get(code) : undefined;
    return la ? { code: la.code } : { error: 'Pick a London authority from the list first.' };
  },
};
