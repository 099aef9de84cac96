import { AnswerIdSchema, type AnswerId, type FlowWording } from '../src/knowledge/flowsSchema';
import { fillSlots } from '../src/knowledge/refs';
import type { Account } from '../src/knowledge/types';

/** An answer to a yes / no / not sure question. */
export type Tri = 'yes' | 'no' | 'unsure';
export const TRI: readonly Tri[] = ['yes', 'no', 'unsure'];

export function isTri(id: unknown): id is Tri {
  return id === 'yes' || id === 'no' || id === 'unsure';
}

export function tri(id: AnswerId): Tri {
  if (!isTri(id)) throw new Error(`expected yes, no or unsure, got "${id}"`);
  return id;
}

/** The two requirements both eligibility checks share. */
export interface CareAnswers {
  enrolled: Tri;
  registered: Tri;
}

type AccountWording = FlowWording['account'];
type BbWording = FlowWording['flows']['bb_eligibility'];

/** The first account question's answers: the kinds of account, then those that name an account outright. */
export function familyAnswers(w: AccountWording): AnswerId[] {
  return [...Object.keys(w.families), ...Object.keys(w.accounts)].map((k) => AnswerIdSchema.parse(k));
}

/** The type question's answers for one kind of account, and "not sure". */
export function typeAnswers(w: AccountWording, family: AnswerId): AnswerId[] {
  return [...Object.keys(w.families[family]?.types ?? {}).map((k) => AnswerIdSchema.parse(k)), 'unsure'];
}

/** The account id (knowledge/accounts.yaml) for a kind of account and its type. */
export function accountFor(w: AccountWording, family: AnswerId, type: AnswerId): string {
  return w.families[family]?.types[type] ?? w.unsureType;
}

/** What the Blue Button check found: all features, or the things to do first (knowledge templates). */
export interface BbOutcome {
  eligible: boolean;
  todo: string[];
}

/** Decides Blue Button eligibility from the answers and the account's data in knowledge/accounts.yaml. */
export function bbOutcome(w: BbWording, care: CareAnswers, account: Account): BbOutcome {
  const todo: string[] = [];
  if (care.enrolled !== 'yes') todo.push(w.todo.enrolled[care.enrolled]);
  if (care.registered !== 'yes') todo.push(w.todo.registered[care.registered]);
  if (!account.blueButtonFull && account.nextStep) {
    todo.push(
      account.nextLink
        ? fillSlots(w.accountTodoLink, { step: account.nextStep, link: `{link:${account.nextLink}}` })
        : fillSlots(w.accountTodo, { step: account.nextStep }),
    );
  }
  return { eligible: care.enrolled === 'yes' && care.registered === 'yes' && account.blueButtonFull, todo };
}
