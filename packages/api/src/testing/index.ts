// Test helpers for apps that serve the API: a migrated database with a fixture and signed-in callers.
export {
  asStoredValues,
  COMMUNE_2025,
  createHarness,
  FIXTURE_USERS,
  PASSWORD,
  TOTP_SECRET,
  type Harness,
  type Caller,
  type FixtureUser,
} from './api-harness.js';
export { approveReports, DOSSIER, OFFICIAL_CRITERIA } from './award-fixtures.js';
export { createEditorSessions, createVerifiedSession, SESSION_COOKIE_NAME } from './editor-sessions.js';
