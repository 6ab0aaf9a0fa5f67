// Official documents as PDF (Decree 30/2020/NĐ-CP layout), rendered from data with a verification code.
export { renderAwardDecision } from './award-decision.js';
export { renderCertificate } from './certificate.js';
export { renderReviewReport } from './review-report.js';
export { renderUnitYearReport } from './unit-year-report.js';
export { dateLine, shortDate } from './layout/vietnamese-date.js';
export type { Verification } from './layout/decree30.js';
export type * from './models.js';
