// Sending the engine's replies back to Slack: replace the clicked message in place, keep a person's own
// walk ephemeral in shared channels (with "Share in channel" on results), post publicly in DMs.
import type { webApi } from '@slack/bolt';
import type { Message, MessageFile, TurnResult } from '../conversation/model.js';
import { errorText, type Logger } from '../logger.js';
import type { TtlRecords } from './ttl.js';
import type { FormSpec, RenderOptions, SlackMessage } from './render.js';
import { formSpec, isResult, needsModal, renderMessage } from './render.js';
import { postJson } from './responseUrl.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

/** A message posted to a response_url: how ephemeral messages are answered and replaced, and slash commands answered. */
export type ResponseUrlBody = SlackMessage & { response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean };

/** Where a turn came from, and how its answer can reach the person. */
export interface Where {
  channel: string;
  user: string;
  /** A channel or group DM (not a DM with the bot): personal answers are ephemeral. */
  shared: boolean;
  responseUrl?: string;
  /** The message whose button was pressed (its answer replaces it). */
  source?: { ts?: string; ephemeral: boolean };
  /** A slash command: public answers go through response_url as in_channel. */
  command?: boolean;
  /** The thread the request came from (thread_ts): new messages are posted there. */
  thread?: string;
}

export class Delivery {
  constructor(
    readonly client: WebClient,
    private readonly shares: TtlRecords<Message>,
    private readonly forms: TtlRecords<FormSpec>,
    private readonly log: Logger,
  ) {}

  /** Private in a shared channel: a person's own walk (the engine marks what is the conversation's `personal: false`). */
  isPrivate(where: Where, reply: Message): boolean {
    return where.shared && reply.personal !== false;
  }

  async send(where: Where, result: TurnResult): Promise<void> {
    // A retried or stale click re-rendered: the first reply replaces the clicked message; the rest are already shown.
    const replies = result.repeated && result.replaceSource && where.source ? result.replies.slice(0, 1) : result.replies;
    for (const [i, reply] of replies.entries()) {
      const isPrivate = this.isPrivate(where, reply);
      const opts: RenderOptions = {};
      if (needsModal(reply)) opts.formKey = await this.forms.add(formSpec(reply));
      if (isPrivate && isResult(reply)) opts.shareKey = await this.shares.add(reply);
      // A long result leads with what to do now; the rest is one "More" away (the same stored copy).
      if (reply.blocks.some((b) => b.type === 'details')) opts.detailsKey = opts.shareKey ?? (await this.shares.add(reply));
      const pages = renderMessage(reply, opts);
      for (const [k, page] of pages.entries()) {
        const replace = i === 0 && k === 0 && result.replaceSource ? where.source : undefined;
        await this.sendPage(where, page, isPrivate, replace);
      }
      // Files (e.g. a case chronology) go into the channel with files.uploadV2; never beside a private answer.
      if (reply.files?.length && !isPrivate) await this.upload(where, reply.files);
    }
  }

  /** files.uploadV2: getUploadURLExternal per file, the bytes to its upload URL, then completeUploadExternal. */
  async upload(where: Where, files: MessageFile[]): Promise<void> {
    const file_uploads = files.map((f) => ({ file: Buffer.from(f.content, 'utf8'), filename: f.name, title: f.title }));
    try {
      await (where.thread
        ? this.client.filesUploadV2({ channel_id: where.channel, thread_ts: where.thread, file_uploads })
        : this.client.filesUploadV2({ channel_id: where.channel, file_uploads }));
    } catch (e) {
      this.log.warn({ err: errorText(e), files: files.length }, 'slack: the file could not be uploaded');
      await this.sendPage(where, { text: 'The file could not be attached here. Please try again in a minute.', blocks: [] }, true);
    }
  }

  async sendPage(where: Where, page: SlackMessage, isPrivate: boolean, replace?: Where['source']): Promise<void> {
    // A response_url lasts 30 minutes and 5 uses: when Slack refuses it (e.g. an old card clicked later), the
    // answer goes through the Web API instead, as a new message (it cannot replace an ephemeral one).
    const viaWebApi: Where = { ...where, responseUrl: undefined };
    if (replace?.ephemeral && where.responseUrl) {
      if (await this.respond(where.responseUrl, { replace_original: true, ...page })) return;
      return this.sendPage(viaWebApi, page, true);
    }
    // A public message is replaced only by something everyone may see.
    if (replace && !replace.ephemeral && replace.ts && !isPrivate) {
      const ts = replace.ts;
      return this.orRespond(where, { replace_original: true, ...page }, () =>
        this.client.chat.update({ channel: where.channel, ts, text: page.text, blocks: page.blocks }),
      );
    }
    if (isPrivate) {
      if (where.responseUrl) {
        if (await this.respond(where.responseUrl, { response_type: 'ephemeral', replace_original: false, ...page })) return;
        return this.sendPage(viaWebApi, page, true);
      }
      await this.client.chat.postEphemeral({
        channel: where.channel,
        user: where.user,
        text: page.text,
        blocks: page.blocks,
        ...(where.thread ? { thread_ts: where.thread } : {}),
      });
      return;
    }
    if (where.command && where.responseUrl) {
      if (await this.respond(where.responseUrl, { response_type: 'in_channel', ...page })) return;
      return this.sendPage(viaWebApi, page, false);
    }
    await this.orRespond(where, { response_type: 'in_channel', replace_original: false, ...page }, () =>
      this.client.chat.postMessage({
        channel: where.channel,
        text: page.text,
        blocks: page.blocks,
        ...(where.thread ? { thread_ts: where.thread } : {}),
      }),
    );
  }

  /** A Web API call that Slack may refuse where the bot is not a member (e.g. a DM between two people, where a
   * slash command was used): fall back to the response_url when there is one. */
  private async orRespond(where: Where, fallback: ResponseUrlBody, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (e) {
      const code = (e as { code?: string; data?: { error?: string } }).code;
      if (!where.responseUrl || code !== 'slack_webapi_platform_error') throw e;
      this.log.info({ error: (e as { data?: { error?: string } }).data?.error }, 'slack call refused: answering through response_url');
      if (!(await this.respond(where.responseUrl, fallback))) throw e;
    }
  }

  /** POST to a response_url (valid 30 minutes, 5 uses): how ephemeral messages are answered and replaced. */
  async respond(url: string, body: ResponseUrlBody): Promise<boolean> {
    try {
      const status = await postJson(url, body);
      if (status >= 200 && status < 300) return true;
      this.log.warn({ status }, 'slack response_url refused the message');
    } catch (e) {
      this.log.warn({ err: errorText(e) }, 'slack response_url could not be reached');
    }
    return false;
  }
}
