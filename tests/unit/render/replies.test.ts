import type { Activity } from 'botbuilder';
import { loadKnowledge } from '../../../src/knowledge/load';
import type { Intent } from '../../../src/knowledge/types';
import type { AdaptiveCard } from '../../../src/render/cardTypes';
import { ContactPresenter } from '../../../src/render/contact';
import { ReplyFactory, type ReplyContext } from '../../../src/render/replies';
import { TextRenderer } from '../../../src/render/text';
import { KNOWLEDGE_DIR } from '../../support/knowledgeCopy';
import { WEEKDAY_MORNING } from '../../support/fixedClock';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const text = new TextRenderer(knowledge);
const replies = new ReplyFactory(knowledge, text, new ContactPresenter(knowledge, text));
const answers = [...knowledge.intents.values()].filter((i) => i.answer !== undefined);
const ctx = (channelId: string): ReplyContext => ({ channelId, now: new Date(WEEKDAY_MORNING) });

function cardOf(activity: Partial<Activity>): AdaptiveCard {
  return activity.attachments?.[0].content as AdaptiveCard;
}

/** Every phone number an answer mentions, by its contacts and placeholders. */
function phonesIn(intent: Intent): string[] {
  const ids = new Set(intent.contacts ?? []);
  for (const m of JSON.stringify(intent.answer).matchAll(/\{phone:([a-z_]+)\}/g)) ids.add(m[1]);
  return [...ids].flatMap((id) => {
    const dial = knowledge.contacts.get(id)?.phone?.dial;
    return dial ? [dial] : [];
  });
}

describe.each(answers.map((a) => [a.id, a] as const))('answer %s', (_id, intent) => {
  it('is an Adaptive Card in Web Chat, with a plain-text fallback and speech', () => {
    const activity = replies.answer(intent, ctx('webchat'));
    const card = cardOf(activity);
    expect(activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.fallbackText).toBeTruthy();
    expect(card.fallbackText).not.toMatch(/\*\*|\]\(/);
    expect(activity.speak).toBe(card.speak);
  });

  it('speaks without addresses or markdown, and reads numbers digit by digit', () => {
    const speak = replies.answer(intent, ctx('webchat')).speak ?? '';
    expect(speak).not.toMatch(/https?:|tel:|\*\*|\]\(/);
    for (const dial of phonesIn(intent)) expect(speak).not.toContain(dial.replace('+', ''));
  });

  it('links every phone number with tel:', () => {
    const markdown = replies.answer(intent, ctx('test')).text ?? '';
    for (const dial of phonesIn(intent)) expect(markdown).toContain(`](tel:${dial})`);
  });

  it('offers its follow-ups as buttons that send their own title, and "Was this helpful?" under a faq', () => {
    const buttons = replies.answer(intent, ctx('webchat')).suggestedActions?.actions ?? [];
    const { yes, no } = knowledge.messages.feedback;
    const feedback = intent.kind === 'faq' ? [yes, no] : [];
    expect(buttons.map((b) => b.value)).toEqual([...(intent.followUps ?? []).map((id) => knowledge.intents.get(id)?.title), ...feedback]);
  });
});

describe('channel shapes', () => {
  const intent = knowledge.intents.get('vhie_more_questions') as Intent;

  it('puts buttons on the card as imBack submits in Teams, which has no suggested actions', () => {
    const activity = replies.answer(intent, ctx('msteams'));
    expect(activity.suggestedActions).toBeUndefined();
    const actions = cardOf(activity).actions ?? [];
    const { yes, no } = knowledge.messages.feedback;
    expect(actions.map((a) => a.title)).toEqual([...(intent.followUps ?? []).map((id) => knowledge.intents.get(id)?.title), yes, no]);
    for (const a of actions) expect(a).toMatchObject({ type: 'Action.Submit', data: { msteams: { type: 'imBack' } } });
  });

  it('writes addresses out and lists the buttons in text on channels without cards or markdown', () => {
    const activity = replies.answer(knowledge.intents.get('bb_privacy') as Intent, ctx('sms'));
    const link = knowledge.links.get('mhv_protecting_phi');
    expect(activity.attachments).toBeUndefined();
    expect(activity.text).toContain(`${link?.label}: ${link?.url}`);
    expect(activity.text).not.toContain('](');
    expect(activity.text).toContain(knowledge.intents.get('bb_what')?.title);
  });

  it('gives each contact a card section with call buttons as tel: links', () => {
    const card = cardOf(replies.answer(knowledge.intents.get('bb_more_questions') as Intent, ctx('webchat')));
    const section = JSON.stringify(card.body);
    const desk = knowledge.contacts.get('mhv_help_desk');
    expect(section).toContain(`"url":"tel:${desk?.phone?.dial}"`);
    expect(section).toContain(`"url":"tel:${desk?.tty?.dial}"`);
  });
});
