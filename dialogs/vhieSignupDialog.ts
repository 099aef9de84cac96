import { VHIE_SIGNUP } from './flowIds';
import { RoutedFlowDialog } from './routedFlowDialog';
import type { DialogServices } from './services';

/**
 * Signing up for the Veterans Health Information Exchange: online (the eBenefits steps, one at a
 * time), by mail or in person (with the authorization form), then the note about other consent forms.
 */
export class VhieSignupDialog extends RoutedFlowDialog {
  constructor(services: DialogServices) {
    const { method, routes, consentNote } = services.flows.flows.vhie_signup;
    super(VHIE_SIGNUP, services, { method, routes, closingNote: consentNote });
  }
}
