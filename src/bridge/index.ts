/** The bridge: wire types, client, store, context and controller. DOM-light; no elements. */
export * from './core.js';
export { bridgeContext } from './context.js';
export { BridgeController, type BridgeControllerOptions } from './controller.js';
