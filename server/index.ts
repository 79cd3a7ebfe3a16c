// The reference server's programmatic entry, for tests, the app's demo mode, the browser
// preview and bench: start a server, seed the demo accounts, simulate usage.
export {
  startReferenceServer,
  type ReferenceServerOptions,
  type RunningServer,
} from './reference-server';
export { seedDemo, DEMO_ORG, DEMO_USER, DEMO_ADMIN, type DemoAccounts } from './demo';
export { startUsageSimulation, type SimulationOptions } from './simulate';
export { openOperator, OperatorError, type OperatorOps, type OpenedOperator } from './operator';
export { defaultDataDir } from './data-dir';
export { JWT_ISSUER, JWT_AUDIENCE } from './jwt';
export type { RateLimitOptions } from './http/rate-limit';
/** The server's error sentences, for tests that check the client shows them verbatim. */
export { ERRORS } from './http/envelope';
