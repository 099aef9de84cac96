import type { AddressInfo } from 'node:net';
import { ConversationState, MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { Server } from 'restify';
import { createFlows, FLOW_IDS } from '../dialogs/flows';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogServices } from '../dialogs/services';
import { createAdapter } from './adapter';
import { AgentAssist } from './assist/assistant';
import { assistRoutes } from './assist/routes';
import { AssistantBot, type TurnGuard } from './bot';
import { systemClock, type Clock } from './clock';
import type { Config } from './config';
import { createDirectLineModules } from './directline';
import { loadFlowWording } from './knowledge/flowsSchema';
import { loadKnowledge } from './knowledge/load';
import type { Knowledge } from './knowledge/types';
import { conversationHasher } from './logging/hash';
import { createLogger, type Logger } from './logging/logger';
import { TurnObserver } from './logging/turnObserver';
import { FileCalibrationStore } from './matcher/calibrationStore';
import { KnowledgeMatcher } from './matcher/knowledgeMatcher';
import type { Matcher } from './matcher/types';
import { AssistantMetrics } from './metrics/metrics';
import { metricsRoutes } from './metrics/routes';
import { createMissStore } from './misses/createStore';
import type { MissStore } from './misses/types';
import { ContactPresenter } from './render/contact';
import { ReplyFactory } from './render/replies';
import { TextRenderer } from './render/text';
import { replyContextOf } from './routing/replyContext';
import { Router } from './routing/router';
import { PrivacyGuard, SafetyReplyGuard } from './safety/guards';
import { loadSafety, publicNumbersOf } from './safety/load';
import { PiiRedactor } from './safety/pii';
import { createServer } from './server';
import { CONVERSATION_DATA, DIALOG_STATE, type ConversationData } from './state';
import { createWebChatModule } from './web';

/** Parts a test may replace; everything else is built from the configuration. */
export interface AppOverrides {
  clock?: Clock;
  logger?: Logger;
  storage?: Storage;
  knowledge?: Knowledge;
  misses?: MissStore;
}

/** The bot and what it is made of, without any HTTP: what transcript tests drive with a TestAdapter. */
export interface Assistant {
  readonly bot: AssistantBot;
  readonly knowledge: Knowledge;
  readonly matcher: Matcher;
  readonly replies: ReplyFactory;
  readonly router: Router;
  readonly conversationState: ConversationState;
  readonly logger: Logger;
  readonly clock: Clock;
  /** The dialog every message runs through (for dialog-level tests). */
  readonly mainDialog: MainDialog;
  /** Adapter middleware that logs, counts and records (misses) every turn. */
  readonly observer: TurnObserver;
  readonly metrics: AssistantMetrics;
  readonly misses: MissStore;
  /** The call-center agent-assist view (POST /api/assist). */
  readonly assist: AgentAssist;
}

/** The running service: its HTTP server and the assistant inside it. */
export interface App {
  readonly server: Server;
  readonly assistant: Assistant;
  /** Starts listening; resolves with the port actually bound (useful with PORT=0). */
  listen(): Promise<number>;
  /** Stops taking requests and waits for those in flight, at most the configured grace period. */
  close(): Promise<void>;
}

/** Builds the assistant: knowledge, matcher, replies, dialogs and the bot. */
export function createAssistant(config: Config, overrides: AppOverrides = {}): Assistant {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const knowledge = overrides.knowledge ?? loadKnowledge(config.knowledgeDir, { knownFlows: FLOW_IDS });
  const matcher = KnowledgeMatcher.fromKnowledge(knowledge, { calibrationStore: new FileCalibrationStore(config.matcherCacheFile) });
  const text = new TextRenderer(knowledge);
  const contacts = new ContactPresenter(knowledge, text);
  const replies = new ReplyFactory(knowledge, text, contacts);
  const router = new Router(knowledge, matcher, config.thresholds);

  const conversationState = new ConversationState(overrides.storage ?? new MemoryStorage());
  const conversationData = conversationState.createProperty<ConversationData>(CONVERSATION_DATA);
  const dialogState = conversationState.createProperty<DialogState>(DIALOG_STATE);
  const flows = loadFlowWording(config.knowledgeDir, knowledge);
  const services: DialogServices = { knowledge, replies, router, clock, conversationData, text, flows };
  const dialog = new MainDialog(services, createFlows(services));
  const safety = loadSafety(config.knowledgeDir, knowledge);
  const redactor = new PiiRedactor({ publicNumbers: publicNumbersOf(knowledge) });
  // Before any matching or flow, in this order: the crisis line, 911, then the privacy notice and redaction.
  const guards: TurnGuard[] = [
    new SafetyReplyGuard('crisis', safety.crisis, replies, clock),
    new SafetyReplyGuard('emergency', safety.emergency, replies, clock),
    new PrivacyGuard(redactor, safety.privacy, replies, clock),
  ];
  const bot = new AssistantBot(conversationState, dialogState, conversationData, dialog, replies, clock, guards);
  const metrics = new AssistantMetrics();
  const misses = overrides.misses ?? createMissStore(config.misses, logger);
  const hash = conversationHasher(config.logHashSalt);
  const observer = new TurnObserver({ logger, metrics, misses, redactor, hash, clock, dialogState, flows: new Set(FLOW_IDS) });
  const assist = new AgentAssist({ knowledge, router, text, contacts, clock, safety, redactor });
  return { bot, knowledge, matcher, replies, router, conversationState, logger, clock, mainDialog: dialog, observer, metrics, misses, assist };
}

/** The composition root: the only place that wires the service together with `new`. */
export function createApp(config: Config, overrides: AppOverrides = {}): App {
  const assistant = createAssistant(config, overrides);
  const { bot, replies, conversationState, logger, clock } = assistant;
  const onTurnError = async (context: TurnContext) => {
    await context.sendActivity(replies.turnFailed(replyContextOf(context, clock)));
    await conversationState.delete(context);
  };
  const adapter = createAdapter(config.bot, logger, onTurnError);
  // The web chat's built-in Direct Line runs turns in-process on an adapter with no app id (see src/directline/botBridge.ts).
  const inProcessAdapter = createAdapter({ appType: 'MultiTenant' }, logger, onTurnError);
  adapter.use(assistant.observer);
  inProcessAdapter.use(assistant.observer);
  const modules = [
    ...createDirectLineModules(config.directLine, { inProcessAdapter, logic: (context) => bot.run(context), clock, logger }),
    createWebChatModule(config, assistant.knowledge),
    metricsRoutes(assistant.metrics),
    assistRoutes(assistant.assist, config.assistApiKey),
  ];
  let ready = false;
  const server = createServer({ adapter, bot, logger, requireToken: config.bot.appId !== undefined, isReady: () => ready, modules });

  return {
    server,
    assistant,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, () => {
          ready = true;
          resolve((server.address() as AddressInfo).port);
        });
      }),
    close: async () => {
      await closeServer(server, config.shutdownGraceMs, () => (ready = false));
      await assistant.misses.close();
    },
  };
}

function closeServer(server: Server, graceMs: number, markNotReady: () => void): Promise<void> {
  markNotReady();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.server.closeIdleConnections();
  });
}
