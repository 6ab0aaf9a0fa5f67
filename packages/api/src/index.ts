// Public surface of @thidua/api: the router, its types, and what the HTTP server needs to build a context.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root.js';

export { appRouter, type AppRouter } from './root.js';
export { createCallerFactory } from './trpc.js';
export { OPEN_DATA_COLUMNS, type OpenDataRow } from './routers/open-data.router.js';
export { actorFromToken, signedInActor, signInComplete } from './auth/session.js';
export { hashPassword, passwordProblem } from './auth/password.js';
export {
  bootstrapAdministrator,
  hasAdministrator,
  hasNoAccount,
  InstallError,
} from './install/bootstrap-administrator.js';
export { accountsWithDemoPassword } from './install/demo-password-accounts.js';
export { verifyAuditChain } from './audit/verify-chain.js';
export { versionedCache, dataVersion, STAMP_MAX_AGE_MS } from './movement/data-version.js';
export { activeMovement, movementForYear } from './movement/active-movement.js';
export { inputErrorMessage } from './inputs/input-error.js';
export { assertCanEdit, assertCanEditSector } from './policy/unit-access.js';
export { capabilitiesOf, type Capabilities } from './policy/capabilities.js';
export { sendDueReminders } from './notifications/deadline-reminders.js';
export { replayDemoReminders } from './notifications/demo-reminders.js';
export {
  dispatchPendingMail,
  RETRY_AFTER_MS,
  GIVE_UP_AFTER_MS,
  type OutgoingMail,
  type Deliver,
  type DispatchResult,
} from './notifications/mail-outbox.js';
export type { Context, Actor, SessionCookie, ImportStep } from './context.js';
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export { memoryLimiter, unlimited, type Limiter } from './abuse/limiter.js';
export { addressOf, assertWithinLimit, LIMITS, takeLimit } from './abuse/limits.js';
export { totpKeyOf } from './auth/totp-secret.js';
export { auditKeyOf, writeCheckpoint } from './audit/checkpoint.js';
export { verifyAuditExport } from './audit/audit-export.js';
export {
  districtSheet,
  importDistrictSheet,
  importSectorSheet,
  importUnitSheet,
  sectorSheet,
  unitSheet,
  type ImportOutcome,
  type ImportPhase,
  type ImportPorts,
  type SheetFile,
} from './spreadsheets/index.js';
