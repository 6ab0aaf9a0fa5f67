// One workflow for everything sent to the movement for approval: unit reports and sector reports alike.
export { moveSubmission, type Movable, type MoveOptions } from './move-submission.js';
export { saveDraft } from './save-draft.js';
export { sectorReports, type SectorReportKey } from './sector-report-store.js';
export { reviewProcedures } from './review-procedures.js';
export { draftVersion, figureFields, moveReason, submissionRef } from './submission-inputs.js';
export { unitReports, type UnitReportKey } from './unit-report-store.js';
