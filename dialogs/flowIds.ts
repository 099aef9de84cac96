/** The guided flows' dialog ids: the ids that flow intents name in knowledge/intents/flows.yaml. */
export const FLOW_IDS = ['bb_eligibility', 'vhie_eligibility', 'vhie_signup', 'stop_sharing'] as const;

export type FlowId = (typeof FLOW_IDS)[number];

export const BB_ELIGIBILITY: FlowId = 'bb_eligibility';
export const VHIE_ELIGIBILITY: FlowId = 'vhie_eligibility';
export const VHIE_SIGNUP: FlowId = 'vhie_signup';
export const STOP_SHARING: FlowId = 'stop_sharing';

/** What a flow ends with when another flow should start next (a handover, or a new request mid-flow). */
export interface FlowSwitch {
  switchTo: FlowId;
  options?: object;
}

export function isFlowId(value: unknown): value is FlowId {
  return typeof value === 'string' && (FLOW_IDS as readonly string[]).includes(value);
}

export function isFlowSwitch(value: unknown): value is FlowSwitch {
  return typeof value === 'object' && value !== null && 'switchTo' in value && isFlowId(value.switchTo);
}
