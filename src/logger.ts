// Logger port over pino. Never log message text: it may hold personal data.
import { pino } from 'pino';

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** An error as one short line for a log field: its message (never a stack or the input that caused it). */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500);

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: undefined }) as unknown as Logger;
}

export const silentLogger: Logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return silentLogger;
  },
};
