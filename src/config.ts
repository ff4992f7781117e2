// Every environment variable, parsed once. A bad value stops start-up with a message naming it.
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalString.refine((v) => !v || /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://'),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppTenantId: optionalString,
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'])
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString.refine((v) => !v || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  CONTACTS_FILE: z.string().min(1).default('./config/contacts.json'),
  HOLIDAY_REGION: z.enum(['ENG', 'SCT', 'NIR']).default('ENG'),
  RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  NODE_ENV: z.string().default('development'),
  PLAYGROUND: z.enum(['on', 'off', '']).optional(),
  PUBLIC_URL: optionalString.refine((v) => !v || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & { playgroundEnabled: boolean };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment variable(s):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError('Invalid environment variable(s):\n  MicrosoftAppPassword: required when MicrosoftAppId is set');
  }
  if (c.MicrosoftAppType === 'SingleTenant' && !c.MicrosoftAppTenantId) {
    throw new ConfigError('Invalid environment variable(s):\n  MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  }
  const playgroundEnabled = c.PLAYGROUND === 'on' || (c.NODE_ENV !== 'production' && c.PLAYGROUND !== 'off');
  return { ...c, playgroundEnabled };
}
