/**
 * The small part of the Adaptive Card schema the bot uses, typed so a misspelt property fails to compile.
 * https://adaptivecards.io/explorer/
 */
export type CardAction =
  | { type: 'Action.OpenUrl'; title: string; url: string }
  | { type: 'Action.Submit'; title: string; data: Record<string, unknown> };

export type CardElement =
  | {
      type: 'TextBlock';
      text: string;
      wrap: true;
      weight?: 'Bolder';
      size?: 'Medium' | 'Large';
      isSubtle?: boolean;
      style?: 'heading';
    }
  | { type: 'FactSet'; facts: Array<{ title: string; value: string }> }
  | { type: 'ActionSet'; actions: CardAction[] }
  | { type: 'Container'; items: CardElement[]; separator?: boolean; spacing?: 'Medium' };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  speak?: string;
  fallbackText?: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Wraps elements in a card of the version both Web Chat and Teams render. */
export function adaptiveCard(body: CardElement[], extra: Partial<AdaptiveCard> = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...extra,
  };
}
