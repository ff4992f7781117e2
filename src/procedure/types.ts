// The procedure as typed data. Every item carries the section it rests on; zod checks it at load.
import { z } from 'zod';

/** A citation, e.g. 'PG47 §10.1' or 'Monitoring report §6.1'. */
export const SourceSchema = z
  .string()
  .regex(
    /^(PG47|Monitoring report|Southwark scrutiny|Working Together 2023|Home Office NRM guidance|DfE missing from care 2014)( §[0-9.]+( ?[a-d])?(–[0-9.]+)?)?$/,
    'must cite a section, e.g. "PG47 §10.1"',
  );
export type Source = z.infer<typeof SourceSchema>;

/** Short, stable slug ids ('no-school', 'golden-hour'). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a short lowercase slug')
  .max(40);

/** Labels fit a Slack option or button (<= 75 characters). */
const Label = z.string().min(3).max(75);

export const IndicatorSchema = z.object({ id: IdSchema, label: Label, source: SourceSchema });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorGroupSchema = z.object({
  id: IdSchema,
  title: Label,
  /** What a tick in this group may point to, in plain words. */
  suggests: z.string().min(10),
  // Slack checkboxes take at most 10 options per element.
  items: z.array(IndicatorSchema).min(1).max(10),
});
export type IndicatorGroup = z.infer<typeof IndicatorGroupSchema>;

export const IndicatorGroupsSchema = z
  .array(IndicatorGroupSchema)
  .min(1)
  .superRefine((groups, ctx) => {
    const seen = new Set<string>();
    for (const g of groups)
      for (const i of g.items) {
        if (seen.has(i.id)) ctx.addIssue({ code: 'custom', message: `duplicate indicator id "${i.id}"` });
        seen.add(i.id);
      }
  });

export const WAY_IDS = ['assessment', 's20', 's47', 'nfa'] as const;
export type WayId = (typeof WAY_IDS)[number];

export const WayForwardSchema = z.object({
  id: z.enum(WAY_IDS),
  letter: z.enum(['a', 'b', 'c', 'd']),
  title: Label,
  /** One line: what this way is for. */
  summary: z.string().min(10),
  /** When this way applies (the conditions the procedure lists). */
  conditions: z.array(z.string().min(5)).min(1),
  /** What happens next once this way is chosen. */
  whatFollows: z.array(z.string().min(5)).min(1),
  /** A warning that goes with this way (e.g. significant harm → EPO / police protection). */
  warning: z.string().optional(),
  source: SourceSchema,
  sources: z.array(SourceSchema).min(1),
});
export type WayForward = z.infer<typeof WayForwardSchema>;

export const ChecklistItemSchema = z.object({ id: IdSchema, text: z.string().min(5).max(72) });
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z
  .object({
    id: IdSchema,
    title: Label,
    aliases: z.array(z.string().min(2)),
    intro: z.string().min(5),
    items: z.array(ChecklistItemSchema).min(1).max(20),
    source: SourceSchema,
  })
  .superRefine((c, ctx) => {
    const ids = c.items.map((i) => i.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: `duplicate item id in checklist "${c.id}"` });
    // Each item fits one Slack checkbox option (75 characters) with its number in front ("3. "): never cut mid-word.
    c.items.forEach((i, n) => {
      if (`${n + 1}. ${i.text}`.length > 75)
        ctx.addIssue({ code: 'custom', path: ['items', n, 'text'], message: 'too long for one option with its number (75)' });
    });
  });
export type Checklist = z.infer<typeof ChecklistSchema>;

/** Parse with a schema, throwing an Error that says what was wrong and where. */
export function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`Invalid ${what}:\n${lines.join('\n')}`);
}
