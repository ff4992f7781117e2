// Block Kit limits (api.slack.com/reference/block-kit): checked on every rendered payload in tests,
// so a flow that grows never produces a message Slack rejects with invalid_blocks.
export const LIMITS = {
  messageBlocks: 50,
  surfaceBlocks: 100, // modal and App Home
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  checkboxOptions: 10,
  radioOptions: 10,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  contextElements: 10,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  url: 3000,
} as const;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const textOf = (x: unknown): string => (isObj(x) && typeof x.text === 'string' ? x.text : '');

/** Throws an Error listing every broken limit in a message, modal or home payload. */
export function assertBlockKitLimits(payload: unknown): void {
  const problems = blockKitProblems(payload);
  if (problems.length) throw new Error(`Block Kit limits broken:\n  ${problems.join('\n  ')}`);
}

export function blockKitProblems(payload: unknown): string[] {
  const p: string[] = [];
  if (!isObj(payload)) return ['payload is not an object'];
  const surface = payload.type === 'modal' || payload.type === 'home' ? (payload.type as string) : 'message';
  const blocks = Array.isArray(payload.blocks) ? payload.blocks : [];
  const maxBlocks = surface === 'message' ? LIMITS.messageBlocks : LIMITS.surfaceBlocks;
  if (blocks.length > maxBlocks) p.push(`${blocks.length} blocks in a ${surface} (max ${maxBlocks})`);
  if (surface === 'modal') checkModal(payload, p);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    if (!isObj(b)) return void p.push(`block ${i} is not an object`);
    if (typeof b.block_id === 'string') {
      if (blockIds.has(b.block_id)) p.push(`block ${i}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
      if (b.block_id.length > LIMITS.blockId) p.push(`block ${i}: block_id too long`);
    }
    checkBlock(b, `block ${i} (${String(b.type)})`, p);
  });
  return p;
}

function checkModal(view: Obj, p: string[]): void {
  const title = textOf(view.title);
  if (!title || title.length > LIMITS.modalTitle) p.push(`modal title "${title}" must be 1-${LIMITS.modalTitle} chars`);
  for (const k of ['submit', 'close'] as const) {
    if (view[k] !== undefined && textOf(view[k]).length > LIMITS.modalButton) p.push(`modal ${k} text over ${LIMITS.modalButton} chars`);
  }
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > LIMITS.privateMetadata) {
    p.push(`private_metadata is ${view.private_metadata.length} chars (max ${LIMITS.privateMetadata})`);
  }
}

function checkText(t: unknown, max: number, where: string, p: string[]): void {
  const s = textOf(t);
  if (!s.trim()) p.push(`${where}: empty text`);
  if (s.length > max) p.push(`${where}: text is ${s.length} chars (max ${max})`);
}

function checkBlock(b: Obj, where: string, p: string[]): void {
  switch (b.type) {
    case 'header':
      return checkText(b.text, LIMITS.headerText, where, p);
    case 'section': {
      if (b.text !== undefined) checkText(b.text, LIMITS.sectionText, where, p);
      const fields = Array.isArray(b.fields) ? b.fields : [];
      if (fields.length > LIMITS.fields) p.push(`${where}: ${fields.length} fields (max ${LIMITS.fields})`);
      fields.forEach((f, i) => checkText(f, LIMITS.fieldText, `${where} field ${i}`, p));
      if (b.text === undefined && fields.length === 0) p.push(`${where}: neither text nor fields`);
      if (isObj(b.accessory)) checkElement(b.accessory, `${where} accessory`, p);
      return;
    }
    case 'context': {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0 || els.length > LIMITS.contextElements) p.push(`${where}: ${els.length} elements (1-${LIMITS.contextElements})`);
      els.forEach((e, i) => checkText(e, LIMITS.sectionText, `${where} element ${i}`, p));
      return;
    }
    case 'actions': {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0 || els.length > LIMITS.actionsElements) p.push(`${where}: ${els.length} elements (1-${LIMITS.actionsElements})`);
      const ids = new Set<string>();
      els.forEach((e, i) => {
        if (!isObj(e)) return;
        const id = typeof e.action_id === 'string' ? e.action_id : undefined;
        if (id && ids.has(id)) p.push(`${where}: duplicate action_id ${id}`);
        if (id) ids.add(id);
        checkElement(e, `${where} element ${i}`, p);
      });
      return;
    }
    case 'input':
      checkText(b.label, LIMITS.inputLabel, `${where} label`, p);
      if (isObj(b.element)) checkElement(b.element, `${where} element`, p);
      else p.push(`${where}: no element`);
      return;
    case 'divider':
      return;
    default:
      p.push(`${where}: unexpected block type`);
  }
}

function checkOptions(e: Obj, max: number, where: string, p: string[]): void {
  const opts = Array.isArray(e.options) ? e.options : [];
  if (opts.length === 0 || opts.length > max) p.push(`${where}: ${opts.length} options (1-${max})`);
  const values = new Set<string>();
  opts.forEach((o, i) => {
    if (!isObj(o)) return;
    checkText(o.text, LIMITS.optionText, `${where} option ${i}`, p);
    const v = typeof o.value === 'string' ? o.value : '';
    if (!v || v.length > LIMITS.optionValue) p.push(`${where} option ${i}: value must be 1-${LIMITS.optionValue} chars`);
    if (values.has(v)) p.push(`${where}: duplicate option value ${v}`);
    values.add(v);
  });
  const initial = Array.isArray(e.initial_options) ? e.initial_options : e.initial_option ? [e.initial_option] : [];
  for (const o of initial) if (!isObj(o) || !values.has(String(o.value))) p.push(`${where}: initial option not among options`);
}

function checkElement(e: Obj, where: string, p: string[]): void {
  if (typeof e.action_id === 'string' && e.action_id.length > LIMITS.actionId) p.push(`${where}: action_id too long`);
  switch (e.type) {
    case 'button':
      checkText(e.text, LIMITS.buttonText, where, p);
      if (typeof e.value === 'string' && e.value.length > LIMITS.buttonValue)
        p.push(`${where}: value is ${e.value.length} chars (max ${LIMITS.buttonValue})`);
      if (typeof e.url === 'string' && e.url.length > LIMITS.url) p.push(`${where}: url too long`);
      return;
    case 'checkboxes':
      return checkOptions(e, LIMITS.checkboxOptions, where, p);
    case 'radio_buttons':
      return checkOptions(e, LIMITS.radioOptions, where, p);
    case 'static_select':
      return checkOptions(e, LIMITS.selectOptions, where, p);
    case 'datepicker':
      if (e.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.initial_date))) p.push(`${where}: bad initial_date`);
      return;
    case 'timepicker':
      if (e.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(String(e.initial_time))) p.push(`${where}: bad initial_time`);
      return;
    case 'plain_text_input':
      return;
    default:
      p.push(`${where}: unexpected element type ${String(e.type)}`);
  }
}
