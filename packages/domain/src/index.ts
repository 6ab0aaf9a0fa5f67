// Public surface of @thidua/domain: schemas, the Ninh Sơn plan, and the pure rule functions.
export {
  text,
  languageOf,
  say,
  localizedTextSchema,
  type LocalizedText,
  type Language,
} from './i18n/localized-text.js';
export { parseOfficialNumber, type NumberField, type NumberReading } from './i18n/parse-number.js';
export { DomainError, type DomainErrorCode } from './errors/domain-error.js';

export {
  movementSchema,
  MOVEMENT_SCHEMA_VERSION,
  type Movement,
  type MovementInput,
} from './movement/movement.schema.js';
export {
  participantSchema,
  participantKindSchema,
  awardClassSchema,
  factsSchema,
  PARTICIPANT_KINDS,
  AWARD_CLASSES,
  type Participant,
  type ParticipantKind,
  type ParticipantGroup,
  type AwardClass,
  type Facts,
  type FactValue,
} from './movement/participant.schema.js';
export { criteriaFor } from './movement/criteria-for.js';
export { readMeasureValue, unambiguousSpellings, type MeasureReading } from './movement/read-measure-value.js';
export { criterionSchema, type Criterion, type Condition } from './movement/criterion.schema.js';
export {
  measureSchema,
  indicatorMeasureSchema,
  compare,
  isPossibleValue,
  COMPARATORS,
  COMPARATOR_SYMBOL,
  type Comparator,
  type Measure,
  type MeasureKind,
  type IndicatorMeasure,
} from './movement/measure.schema.js';
export { ruleSchema, criteriaInRule, type Rule } from './movement/rule.schema.js';
export { targetSchema, type Target, type TargetGroup, type TargetRule } from './movement/target.schema.js';
export {
  timelineSchema,
  type Deadline,
  type Phase,
  type Review,
  type Quota,
  type Timeline,
} from './movement/timeline.schema.js';
export { indicatorSchema, type Role, type Sector, type Indicator } from './movement/organisation.schema.js';
export { parseMovement, type MovementError, type ParseMovementResult } from './movement/parse-movement.js';
export { compareMovements, type CollectionChange, type MovementComparison } from './movement/compare-movements.js';

export { evaluateParticipant, type ParticipantEvaluation, type Eligibility } from './evaluate/evaluate-participant.js';
export { type CriterionResult, type CriterionStatus } from './evaluate/criterion-result.js';
export { plainEvaluation } from './evaluate/plain-evaluation.js';
export { formCriteria, reportGaps, type ReportEntry, type ReportGap } from './evaluate/report-gaps.js';
export {
  evaluateParticipants,
  type EvaluationBatch,
  type BatchEntry,
  type BatchRanking,
} from './evaluate/evaluate-batch.js';
export { rankParticipants, compareStanding, type Rankable, type Ranked } from './evaluate/rank-participants.js';
export {
  evaluateTargets,
  type TargetObservation,
  type TargetEvaluation,
  type TargetStatus,
  type TargetPart,
} from './targets/evaluate-targets.js';

export {
  deadlineStatus,
  type DeadlineStatus,
  type DeadlineStatusInput,
  type DeadlineStatusKind,
} from './timeline/deadline-status.js';
export {
  timelineAt,
  type TimelineSnapshot,
  type TimelineWindow,
  type UpcomingDeadline,
} from './timeline/timeline-at.js';
export { formatZoned, formatDateVi, localDateOf, startOfLocalDay } from './timeline/zoned-time.js';
export { type InstantInput } from './timeline/instant.js';
export {
  dueReminders,
  reminderMilestones,
  reminderWording,
  rememberedMilestone,
  REMINDER_STEPS,
  type Reminder,
  type ReminderStep,
  type ReminderAudience,
  type Milestone,
  type RemindedMilestone,
} from './timeline/reminders.js';
export { authorityOn, grantorOn, issuerOn, type Authority } from './timeline/authority-on.js';
export { authorityChangeSchema, type AuthorityChange } from './movement/authority.schema.js';
export {
  annualReportDeadline,
  annualReportDueDate,
  annualReportStatus,
  assertReportingYear,
  assertUnitPlanDeadline,
  defaultReportingYear,
  findReview,
  isReportingYear,
  reportingYears,
  reportingYearsText,
  reviewsLatestFirst,
  unitPlanDeadline,
} from './timeline/reporting-years.js';
export {
  assertCanRunBeside,
  currentMovement,
  movementOverlap,
  movementReportingIn,
  movementWithReview,
} from './timeline/movements-at-once.js';

export {
  sectorOf,
  sectorIndicators,
  indicatorAggregate,
  indicatorValueProblem,
  summarizeIndicator,
  sectorSummary,
  type IndicatorAggregate,
  type IndicatorCell,
  type IndicatorValueProblem,
  type IndicatorPoint,
  type IndicatorSeries,
  type SectorSummary,
  type SectorValue,
} from './sectors/sector-indicators.js';

export {
  allocateAwards,
  type AwardCandidate,
  type AwardAllocation,
  type NotAwardedReason,
} from './awards/allocate-awards.js';
export {
  evaluateOverPeriod,
  reviewYears,
  type PeriodEvaluation,
  type YearCriterion,
  type YearStanding,
} from './awards/period-evaluation.js';
export { ballotPasses, ballotQuorum } from './awards/ballot-rule.js';
export {
  awardingSchema,
  DEFAULT_AWARDING,
  type Awarding,
  type BallotRule,
  type DossierDocument,
  type PeriodRule,
  type Share,
} from './movement/awarding.schema.js';
export { DEFAULT_DUTIES, dutiesSchema, mayApproveAfterVerifying, type Duties } from './movement/duties.schema.js';

export {
  orgHistorySchema,
  orgUnitKindSchema,
  type OrgHistory,
  type OrgUnitSpan,
  type Succession,
  type OrgUnitKind,
} from './org/org-history.schema.js';
export {
  successorsOn,
  predecessorsOf,
  unitsActiveOn,
  isActiveOn,
  orgHistoryProblems,
  type Successors,
} from './org/org-history.js';

export { ninhSonDx2021_2025 } from './plans/ninh-son-dx-2021-2025/index.js';
export { ninhSonOrgHistory } from './plans/ninh-son-dx-2021-2025/org-history.js';
export {
  isEditable,
  nextSubmissionStatus,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATUSES,
  transitionStamp,
  type SubmissionAction,
  type SubmissionStatus,
} from './submissions/submission-transitions.js';
export {
  registerFieldSchema,
  registerRollupSchema,
  registerSchema,
  type Register,
  type RegisterField,
  type RegisterInput,
  type RegisterRollup,
} from './sectors/register.schema.js';
export {
  REGISTER_TEXT_MAX,
  registerComputing,
  registerItemProblems,
  registerValueProblem,
  rollUpRegister,
  type RegisterFieldValue,
  type RegisterItem,
} from './sectors/register-rollup.js';
export { indicatorGoal } from './sectors/indicator-goal.js';
