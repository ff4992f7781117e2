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
  /** An overdue deadline nobody acknowledged for this many working hours is escalated once to the case's lead. */
  ESCALATE_AFTER_WORKING_HOURS: z.coerce.number().min(0.25).max(40).default(2),
  NODE_ENV: z.string().default('development'),
  PLAYGROUND: z.enum(['on', 'off', '']).optional(),
  /** The address to listen on; by default 127.0.0.1 when only the local playground can use the bot, else 0.0.0.0. */
  HOST: optionalString,
  /** Duty managers by Teams AAD object id and Slack user id; no file = everyone is one (local trying). */
  ROLES_FILE: z.string().min(1).default('./config/roles.json'),
  PUBLIC_URL: optionalString.refine((v) => !v || /^https?:\/\//.test(v), 'must be an http(s) URL'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema> & {
  playgroundEnabled: boolean;
  /** The playground's clock control may move the bot's time (never when a real channel or a shared database uses it). */
  demoClockEnabled: boolean;
  /** NODE_ENV names a deployment (anything but development, dev, local or test, whatever its case or spaces). */
  production: boolean;
  /** A Teams or Slack credential, or a shared database, is configured: real channels use this bot. */
  realChannels: boolean;
  /** Unauthenticated Bot Framework Emulator traffic is accepted (loopback only): no app id, and nothing real is configured. */
  teamsEmulator: boolean;
  host: string;
};

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
  const production = !LOCAL_ENVS.has(c.NODE_ENV.trim().toLowerCase());
  const teamsCredential = Boolean(c.MicrosoftAppId || c.MicrosoftAppPassword);
  const slackCredential = Boolean(c.SLACK_SIGNING_SECRET || c.SLACK_BOT_TOKEN || c.SLACK_APP_TOKEN);
  const realChannels = teamsCredential || slackCredential || Boolean(c.DATABASE_URL);
  if (c.PLAYGROUND === 'on' && production && realChannels) {
    throw new ConfigError(
      'Invalid environment variable(s):\n  PLAYGROUND: must not be on in production beside real credentials or a shared database ' +
        '(unset PLAYGROUND, or run the playground on a machine of its own with no MicrosoftAppId, SLACK_* or DATABASE_URL)',
    );
  }
  // The playground is for trying: on when asked for, or when nothing real is configured (and not in a deployment).
  const playgroundEnabled = c.PLAYGROUND === 'on' || (c.PLAYGROUND !== 'off' && !realChannels && !production);
  const demoClockEnabled = playgroundEnabled && !realChannels;
  // Without an app id Teams runs the Emulator protocol (no JWT), only when nothing real is configured and not deployed.
  const teamsEmulator = !c.MicrosoftAppId && !realChannels && !production;
  const host = c.HOST ?? (teamsEmulator || (playgroundEnabled && !realChannels) ? '127.0.0.1' : '0.0.0.0');
  return { ...c, playgroundEnabled, demoClockEnabled, production, realChannels, teamsEmulator, host };
}

/** NODE_ENV values that mean "on a developer's machine"; every other value is treated as a deployment. */
const LOCAL_ENVS = new Set(['', 'development', 'dev', 'local', 'test']);
