/**
 * Whether this process runs live feeds: set when the server starts them (demo-counters.ts). Kept apart
 * from the feed manager so that the router's types (which the apps import) stay free of node's.
 */
let running = false;
export const feedsRunning = () => running;
export function setFeedsRunning(value: boolean) {
  running = value;
}
