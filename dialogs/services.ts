import type { StatePropertyAccessor } from 'botbuilder';
import type { Clock } from '../src/clock';
import type { FlowWording } from '../src/knowledge/flowsSchema';
import type { Knowledge } from '../src/knowledge/types';
import type { ReplyFactory } from '../src/render/replies';
import type { TextRenderer } from '../src/render/text';
import type { Router } from '../src/routing/router';
import type { ConversationData } from '../src/state';

/** What every dialog needs, handed in by the composition root so tests can pass fakes. */
export interface DialogServices {
  readonly knowledge: Knowledge;
  readonly replies: ReplyFactory;
  readonly router: Router;
  readonly clock: Clock;
  readonly conversationData: StatePropertyAccessor<ConversationData>;
  /** Renders knowledge wording (placeholders, lists) for the flows' multi-part replies. */
  readonly text: TextRenderer;
  /** The guided flows' wording, from knowledge/flows.yaml. */
  readonly flows: FlowWording;
}
