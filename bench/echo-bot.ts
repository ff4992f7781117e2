// The floor: a bare botbuilder 4.23 echo bot (CloudAdapter on node:http, the same JWT validation as the real server),
// measured beside the real server in the same run (bench/turns.ts). No store, no engine: it answers every message
// with its text. Started in a child process by bench/turn-server.ts, so its CPU is its own.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Request as BotRequest,
  type Response as BotResponse,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, type ServiceClientCredentialsFactory } from 'botframework-connector';

export interface EchoBotOptions {
  appId: string;
  appPassword: string;
  openIdMetadataUrl: string;
  credentialsFactory: ServiceClientCredentialsFactory;
}

export interface EchoBot {
  url: string;
  close(): Promise<void>;
}

export async function startEchoBot(o: EchoBotOptions): Promise<EchoBot> {
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: o.appId,
      MicrosoftAppPassword: o.appPassword,
      MicrosoftAppType: 'MultiTenant',
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: o.openIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: o.openIdMetadataUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    } as ConfigurationBotFrameworkAuthenticationOptions,
    o.credentialsFactory,
  );
  const adapter = new CloudAdapter(auth);
  const logic = async (tc: TurnContext) => {
    if (tc.activity.type === ActivityTypes.Message) await tc.sendActivity(`echo: ${tc.activity.text ?? ''}`);
  };
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
      res.statusCode = 404;
      return void res.end();
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.statusCode = 400;
        return void res.end();
      }
      // CloudAdapter.process takes restify/express-like objects: a body on the request, status/header/send/end on the response.
      const request = { body, headers: req.headers, method: req.method } as unknown as BotRequest;
      const response = {
        socket: res.socket,
        status: (n: number) => void (res.statusCode = n),
        header: (k: string, v: unknown) => void res.setHeader(k, String(v)),
        send: (b?: unknown) => {
          if (b === undefined) return void res.end();
          res.setHeader('content-type', 'application/json');
          res.end(typeof b === 'string' ? b : JSON.stringify(b));
        },
        end: () => void (res.writableEnded || res.end()),
      } as unknown as BotResponse;
      adapter.process(request, response, logic).catch(() => {
        if (!res.headersSent) res.statusCode = 500;
        if (!res.writableEnded) res.end();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
