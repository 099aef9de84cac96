import type { Dialog } from 'botbuilder-dialogs';
import type { DialogServices } from './services';

/** Every guided flow, keyed by the ids that flow intents name in knowledge/intents/flows.yaml. */
export function createFlows(_services: DialogServices): Dialog[] {
  return [];
}
