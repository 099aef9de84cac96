import { z } from 'zod';
import { checkRefs, KnowledgeError, readKnowledgeFile } from './load';
import { BlockSchema, completeRecord, IdSchema, TopicSchema } from './schema';
import type { Knowledge } from './types';

/** The guided flows' wording (knowledge/flows.yaml): questions, answers and their synonyms, results. */

const Text = z.string().min(1);
const Ids = z.array(IdSchema).min(1);

/** Every answer a flow can take. The dialogs branch on these ids; the file gives their words. */
// prettier-ignore
export const ANSWER_IDS = [
  'yes', 'no', 'unsure',
  'mhv', 'dslogon', 'idme', 'no_account', 'basic', 'advanced', 'premium', 'verified', 'unverified',
  'online', 'mail', 'in_person', 'phone',
  'next', 'back', 'repeat', 'done',
] as const;
export const AnswerIdSchema = z.enum(ANSWER_IDS);
export type AnswerId = z.infer<typeof AnswerIdSchema>;

const AnswerSchema = z.strictObject({ label: Text, synonyms: z.array(Text) });

/** One question: what is asked, the clearer re-prompt after a miss, and words of its own for answers. */
export const QuestionSchema = z.strictObject({
  prompt: Text,
  retry: Text,
  synonyms: z.record(AnswerIdSchema, z.array(Text)).optional(),
});

const FamilySchema = QuestionSchema.extend({
  /** Answer id (the type) → account id in knowledge/accounts.yaml. */
  types: z.record(AnswerIdSchema, IdSchema).refine((t) => Object.keys(t).length > 0, 'needs at least one type'),
});

const AccountQuestionSchema = QuestionSchema.extend({
  /** Answers that name an account by themselves ("I don't have an account", "I'm not sure"). */
  accounts: z.record(AnswerIdSchema, IdSchema),
  /** The account assumed when someone knows the kind of account but not its type. */
  unsureType: IdSchema,
  families: z.record(AnswerIdSchema, FamilySchema),
});

const NoOrUnsure = z.strictObject({ no: Text, unsure: Text });

/** How one route of a flow ends: what it says, its short summary, and the lines on its contact card. */
const RouteSchema = z
  .strictObject({
    intro: Text.optional(),
    procedure: IdSchema.optional(),
    details: z.array(BlockSchema).min(1).optional(),
    summary: Text,
    contacts: Ids,
  })
  .refine((r) => (r.procedure === undefined) !== (r.details === undefined), {
    message: 'a route has either a procedure (shown step by step) or details',
    path: ['procedure'],
  });

const Outcome = z.strictObject({ summary: Text, contacts: Ids });

const flowBase = {
  topic: TopicSchema,
  /** One sentence saying what the flow is doing, used by "help". */
  purpose: Text,
  intro: Text,
  /** The right line for this flow: on the card when it gives up, and for questions. */
  contacts: Ids,
  followUps: z.array(IdSchema).optional(),
};

export const FlowsSchema = z.strictObject({
  answers: completeRecord(AnswerIdSchema, AnswerSchema),
  controls: z.strictObject({
    cancel: z.array(Text).min(1),
    startOver: z.array(Text).min(1),
    help: z.array(Text).min(1),
    handoff: z.array(Text).min(1),
    endingIntents: z.array(IdSchema),
  }),
  common: z.strictObject({
    retryHint: Text,
    or: Text,
    help: Text,
    cancelled: Text,
    restarting: Text,
    switching: Text,
    stopped: Text,
    giveUp: Text,
    continue: QuestionSchema,
    step: Text,
    stepRetry: Text,
  }),
  questions: z.strictObject({ enrolled: QuestionSchema, registered: QuestionSchema }),
  account: AccountQuestionSchema,
  flows: z.strictObject({
    bb_eligibility: z.strictObject({
      ...flowBase,
      eligible: Text,
      notYet: Text,
      todo: z.strictObject({ enrolled: NoOrUnsure, registered: NoOrUnsure }),
      accountTodo: Text,
      accountTodoLink: Text,
      summary: z.strictObject({ eligible: Text, notYet: Text }),
    }),
    vhie_eligibility: z.strictObject({
      ...flowBase,
      dsLogon: QuestionSchema,
      eligible: Text,
      offerOnline: QuestionSchema,
      notEligible: Text,
      reasons: z.strictObject({ enrolled: NoOrUnsure, registered: NoOrUnsure, dsLogon: NoOrUnsure }),
      offerOffline: QuestionSchema,
      outcomes: z.strictObject({ online: Outcome, offline: Outcome }),
    }),
    vhie_signup: z.strictObject({
      ...flowBase,
      method: QuestionSchema,
      routes: z.strictObject({ online: RouteSchema, mail: RouteSchema, in_person: RouteSchema }),
      consentNote: Text,
    }),
    stop_sharing: z.strictObject({
      ...flowBase,
      method: QuestionSchema,
      routes: z.strictObject({ online: RouteSchema, mail: RouteSchema, in_person: RouteSchema, phone: RouteSchema }),
    }),
  }),
});

export type FlowWording = z.infer<typeof FlowsSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type FlowRoute = z.infer<typeof RouteSchema>;
export type FlowsById = FlowWording['flows'];
/** The parts every flow's wording has. */
export type FlowBase = FlowsById[keyof FlowsById];

const FILE = 'knowledge/flows.yaml';

function requireIn(map: ReadonlyMap<string, unknown>, id: string, field: string, what: string): void {
  if (!map.has(id)) throw new KnowledgeError(FILE, field, `no ${what} with id "${id}"`);
}

/** Every id the wording names must exist in the other knowledge files. */
function crossCheck(w: FlowWording, k: Knowledge): void {
  w.controls.endingIntents.forEach((id, i) => requireIn(k.intents, id, `controls.endingIntents[${i}]`, 'intent'));
  for (const [answer, account] of Object.entries(w.account.accounts)) {
    requireIn(k.accounts, account, `account.accounts.${answer}`, 'account');
  }
  requireIn(k.accounts, w.account.unsureType, 'account.unsureType', 'account');
  for (const [family, question] of Object.entries(w.account.families)) {
    for (const [type, account] of Object.entries(question.types)) {
      requireIn(k.accounts, account, `account.families.${family}.types.${type}`, 'account');
    }
  }
  for (const [flowId, flow] of Object.entries(w.flows)) {
    const base = `flows.${flowId}`;
    flow.contacts.forEach((id, i) => requireIn(k.contacts, id, `${base}.contacts[${i}]`, 'contact'));
    flow.followUps?.forEach((id, i) => requireIn(k.intents, id, `${base}.followUps[${i}]`, 'intent'));
  }
  const routed = { vhie_signup: w.flows.vhie_signup.routes, stop_sharing: w.flows.stop_sharing.routes };
  for (const [flowId, routes] of Object.entries(routed)) {
    for (const [name, route] of Object.entries(routes)) {
      const base = `flows.${flowId}.routes.${name}`;
      route.contacts.forEach((id, i) => requireIn(k.contacts, id, `${base}.contacts[${i}]`, 'contact'));
      if (route.procedure) requireIn(k.procedures, route.procedure, `${base}.procedure`, 'procedure');
      route.details?.forEach((block, i) => {
        if (typeof block === 'object' && 'steps' in block) requireIn(k.procedures, block.steps, `${base}.details[${i}].steps`, 'procedure');
      });
    }
  }
  for (const [name, outcome] of Object.entries(w.flows.vhie_eligibility.outcomes)) {
    outcome.contacts.forEach((id, i) =>
      requireIn(k.contacts, id, `flows.vhie_eligibility.outcomes.${name}.contacts[${i}]`, 'contact'),
    );
  }
  checkRefs(k, FILE, w);
}

/**
 * Reads knowledge/flows.yaml, checks it against its schema and against the rest of the knowledge.
 * Throws a KnowledgeError naming the file and the field on the first problem.
 */
export function loadFlowWording(dir: string, knowledge: Knowledge): FlowWording {
  const wording = readKnowledgeFile(dir, 'flows.yaml', FlowsSchema);
  crossCheck(wording, knowledge);
  return wording;
}
