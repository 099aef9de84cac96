import { STOP_SHARING } from './flowIds';
import { RoutedFlowDialog } from './routedFlowDialog';
import type { DialogServices } from './services';

/**
 * Asking VA to stop sharing (revocation): online (the eBenefits steps, one at a time), by mail or in
 * person (the "Stop Sharing" form), or by phone to request the form.
 */
export class StopSharingDialog extends RoutedFlowDialog {
  constructor(services: DialogServices) {
    super(STOP_SHARING, services, services.flows.flows.stop_sharing);
  }
}
