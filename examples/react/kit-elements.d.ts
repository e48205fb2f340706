// JSX typings for the kit's tags used in this example: React's own typings know only HTML's tags.
// Each tag takes React's HTML attributes, plus the element's attributes, properties and events.
import type { HTMLAttributes, RefAttributes } from 'react';
import type {
  AgentBridgeElement, CallActionResultDetail, CallActionsElement, DispositionInput, DispositionPickerElement, DispositionSaveResultDetail,
  InteractionLogDetail, ScreenPopDetail,
} from '../../src/index.js';

type KitTag<E extends HTMLElement, Own> = HTMLAttributes<E> & RefAttributes<E> & Own;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'agent-bridge': KitTag<AgentBridgeElement, {
        'host-origin'?: string; target?: string; simulated?: boolean; 'screen-pop-keys'?: string;
        'onadk-interaction-log'?: (event: CustomEvent<InteractionLogDetail>) => void;
        'onadk-screen-pop'?: (event: CustomEvent<ScreenPopDetail>) => void;
      }>;
      'call-actions': KitTag<CallActionsElement, {
        'interaction-id'?: string;
        'onadk-call-action-result'?: (event: CustomEvent<CallActionResultDetail>) => void;
      }>;
      'disposition-picker': KitTag<DispositionPickerElement, {
        'interaction-id'?: string;
        codes?: DispositionInput;
        required?: boolean;
        'onadk-disposition-save-result'?: (event: CustomEvent<DispositionSaveResultDetail>) => void;
      }>;
    }
  }
}
