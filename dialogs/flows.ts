import type { Dialog } from 'botbuilder-dialogs';
import { BbEligibilityDialog } from './bbEligibilityDialog';
import { StopSharingDialog } from './stopSharingDialog';
import type { DialogServices } from './services';
import { VhieEligibilityDialog } from './vhieEligibilityDialog';
import { VhieSignupDialog } from './vhieSignupDialog';

export { FLOW_IDS } from './flowIds';

/** Every guided flow, keyed by the ids that flow intents name in knowledge/intents/flows.yaml. */
export function createFlows(services: DialogServices): Dialog[] {
  return [
    new BbEligibilityDialog(services),
    new VhieEligibilityDialog(services),
    new VhieSignupDialog(services),
    new StopSharingDialog(services),
  ];
}
