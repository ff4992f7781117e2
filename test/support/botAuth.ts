// Bot Framework channel authentication on loopback: an RSA key of our own, published as OpenID metadata + JWKS
// (endorsed for msteams, as the Bot Connector's keys are), tokens signed with it exactly as the channel signs them
// (iss api.botframework.com, aud = the bot's app id, serviceurl claim), and outbound calls given a static token.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { TeamsAuthOptions } from '../../src/teams/index.js';

export const TEST_APP_ID = '00000000-0000-4000-8000-00000000a11d';
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** Outbound calls (replies, proactive posts) carry this token; the fake connector records it. */
export const OUTBOUND_TOKEN = 'Bearer outbound-test-token';

class StaticCredentialsFactory extends ServiceClientCredentialsFactory {
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === TEST_APP_ID;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(): Promise<never> {
    return {
      async signRequest(request: { headers: { set(name: string, value: string): void } }) {
        request.headers.set('authorization', OUTBOUND_TOKEN);
        return request;
      },
    } as never;
  }
}

export class LocalBotAuth {
  private server?: http.Server;
  private readonly privateKey: KeyObject;
  private readonly jwk: Record<string, unknown>;
  readonly kid = `test-key-${randomUUID().slice(0, 8)}`;
  /** A second key, never published: tokens it signs are forgeries. */
  readonly foreignKey: KeyObject;
  metadataUrl = '';

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.jwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] };
    this.foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  }

  static async start(): Promise<LocalBotAuth> {
    const a = new LocalBotAuth();
    a.server = http.createServer((req, res) => {
      const base = `http://127.0.0.1:${(a.server!.address() as AddressInfo).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (req.url === '/keys') res.end(JSON.stringify({ keys: [a.jwk] }));
      else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((r) => a.server!.listen(0, '127.0.0.1', r));
    a.metadataUrl = `http://127.0.0.1:${(a.server.address() as AddressInfo).port}/.well-known/openid-configuration`;
    return a;
  }

  /** What the composition root takes (startApp's `teams` option). */
  options(): TeamsAuthOptions {
    return { openIdMetadataUrl: this.metadataUrl, credentialsFactory: new StaticCredentialsFactory() };
  }

  /** The env that turns JWT validation on. */
  env(): Record<string, string> {
    return { MicrosoftAppId: TEST_APP_ID, MicrosoftAppPassword: 'local-test-password-not-a-secret', MicrosoftAppType: 'MultiTenant' };
  }

  /** "Bearer <jwt>" as the Bot Connector sends it for an activity (its serviceUrl in the serviceurl claim). */
  token(activity: { serviceUrl?: unknown }, o: { expiresInS?: number; audience?: string; key?: 'ours' | 'foreign'; serviceUrl?: string; issuer?: string } = {}): string {
    const claims = { serviceurl: o.serviceUrl ?? activity.serviceUrl, appid: 'bot-connector' };
    const key = o.key === 'foreign' ? this.foreignKey : this.privateKey;
    const signed = jwt.sign(claims, key, {
      algorithm: 'RS256',
      keyid: this.kid,
      issuer: o.issuer ?? CHANNEL_ISSUER,
      audience: o.audience ?? TEST_APP_ID,
      expiresIn: o.expiresInS ?? 3600,
      notBefore: o.expiresInS !== undefined && o.expiresInS < 0 ? o.expiresInS - 60 : -60,
    });
    return `Bearer ${signed}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

/** Servers that validate JWTs, by URL: postActivity signs activities sent to them. */
const secured = new Map<string, LocalBotAuth>();
export const registerSecured = (url: string, auth: LocalBotAuth) => void secured.set(url, auth);
export const unregisterSecured = (url: string) => void secured.delete(url);
export const securedAuth = (url: string): LocalBotAuth | undefined => secured.get(url);

let shared: Promise<LocalBotAuth> | undefined;
/** One local key and metadata server per test file (process). */
export const sharedBotAuth = (): Promise<LocalBotAuth> => (shared ??= LocalBotAuth.start());
