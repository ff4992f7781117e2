// Bot Connector HTTP failures -> DeliveryError (retryable or not), honouring Retry-After.
import { DeliveryError } from '../conversation/notifier.js';

interface ConnectorFailure {
  statusCode?: number;
  code?: string;
  response?: { status?: number; headers?: { get?(name: string): string | undefined } | Record<string, string> };
}

export function statusOf(err: unknown): number | undefined {
  const e = err as ConnectorFailure;
  return e?.statusCode ?? e?.response?.status;
}

/** Retry-After (seconds or HTTP date) in ms, if the failure carried one. */
export function retryAfterMs(err: unknown, now: Date = new Date()): number | undefined {
  const headers = (err as ConnectorFailure)?.response?.headers;
  if (!headers) return undefined;
  const raw =
    typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get(n: string): string | undefined }).get('retry-after')
      : ((headers as Record<string, string>)['retry-after'] ?? (headers as Record<string, string>)['Retry-After']);
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** 429 and 5xx (and network errors) are worth retrying; 403 (app removed) and 404 (gone) are not. */
export function toDeliveryError(err: unknown, what: string, now?: Date): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const status = statusOf(err);
  if (status === undefined) return new DeliveryError(`Teams ${what} failed: network error`, true);
  const retryable = status === 429 || status >= 500;
  return new DeliveryError(`Teams ${what} failed with HTTP ${status}`, retryable, retryable ? retryAfterMs(err, now) : undefined);
}
