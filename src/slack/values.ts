// Slack's state.values (block_actions in messages, view_submission in modals) -> the engine's `values`,
// keyed by InputField id (block_id = input id; `id~k` for a split checkbox group). Validated with zod.
import { z } from 'zod';
import type { ActionPayload } from '../conversation/model.js';
import { actionPayloadSchema } from '../conversation/actionSchema.js';

const optionSchema = z.object({ value: z.string() }).passthrough();
const elementState = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_time: z.string().nullish(),
    selected_option: optionSchema.nullish(),
    selected_options: z.array(optionSchema).nullish(),
  })
  .passthrough();
const stateValues = z.record(z.string(), z.record(z.string(), elementState));

export function collectValues(raw: unknown): Record<string, string | string[]> {
  const parsed = stateValues.safeParse(raw ?? {});
  if (!parsed.success) return {};
  const out: Record<string, string | string[]> = {};
  for (const [blockId, actions] of Object.entries(parsed.data)) {
    const id = blockId.split('~')[0]!;
    for (const el of Object.values(actions)) {
      if (el.type === 'checkboxes' || el.type === 'multi_static_select') {
        const prev = out[id];
        const picked = (el.selected_options ?? []).map((o) => o.value);
        out[id] = [...(Array.isArray(prev) ? prev : []), ...picked];
        continue;
      }
      const v = el.selected_option?.value ?? el.selected_date ?? el.selected_time ?? el.value;
      if (typeof v === 'string' && v !== '') out[id] = v;
    }
  }
  return out;
}

/** Slack buttons in a form also carry the form's key (f). */
const payloadSchema = actionPayloadSchema.extend({ f: z.string().max(100).optional() });

/** A button's value back to an ActionPayload (and the stored form key), or undefined if it is not ours. */
export function parseButtonValue(value: unknown): { action: ActionPayload; form?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const p = payloadSchema.safeParse(JSON.parse(value));
    if (!p.success) return undefined;
    const { f, ...action } = p.data;
    return { action, ...(f ? { form: f } : {}) };
  } catch {
    return undefined;
  }
}

/** What a modal carries in private_metadata: where the answer goes and the button's payload. */
export const formMetaSchema = z.object({
  c: z.string().min(1).max(40),
  sh: z.boolean(),
  p: payloadSchema.omit({ f: true }),
  r: z.string().url().max(1000).optional(),
  ts: z.string().max(40).optional(),
  e: z.boolean().optional(),
});
export type FormMeta = z.infer<typeof formMetaSchema>;

export function parseFormMeta(raw: string): FormMeta | undefined {
  try {
    const p = formMetaSchema.safeParse(JSON.parse(raw));
    return p.success ? p.data : undefined;
  } catch {
    return undefined;
  }
}

/** The parts of a block_actions payload the adapter reads (Bolt has verified the signature). */
export const blockActionsSchema = z
  .object({
    user: z.object({ id: z.string().min(1), name: z.string().optional(), username: z.string().optional() }).passthrough(),
    channel: z
      .object({ id: z.string().min(1) })
      .passthrough()
      .optional(),
    container: z
      .object({
        type: z.string().optional(),
        channel_id: z.string().optional(),
        message_ts: z.string().optional(),
        thread_ts: z.string().optional(),
        is_ephemeral: z.boolean().optional(),
      })
      .passthrough()
      .optional(),
    view: z.object({ type: z.string().optional() }).passthrough().optional(),
    response_url: z.string().url().optional(),
    trigger_id: z.string().optional(),
    state: z.object({ values: z.unknown() }).passthrough().optional(),
    actions: z
      .array(
        z
          .object({
            action_id: z.string(),
            value: z.string().optional(),
            text: z.object({ text: z.string().optional() }).passthrough().optional(),
          })
          .passthrough(),
      )
      .min(1),
  })
  .passthrough();
export type BlockActionsBody = z.infer<typeof blockActionsSchema>;
