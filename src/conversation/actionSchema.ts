// Validation of an ActionPayload coming back from a card (any platform): one schema for all.
import { z } from 'zod';

export const actionPayloadSchema = z.object({
  t: z.string().min(1).max(64),
  a: z.string().min(1).max(64),
  v: z.string().max(1500).optional(),
  s: z.number().int().optional(),
});
