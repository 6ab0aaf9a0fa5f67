// What each document says, as plain data the API assembles from the database and the plan. The renderers only lay
// it out; the verification code is computed from this data, so the same data gives the same code and file.
import type { Letterhead, Signer } from './layout/decree30.js';

export type { Letterhead, Signer };

export interface Awardee {
  awardClass: 'collective' | 'individual';
  /** The unit's name, or the person's full name. */
  name: string;
  /** For an individual: the unit they work in. */
  unit: string | null;
  achievements: string;
}

export interface AwardDecisionModel {
  letterhead: Letterhead;
  /** "khen thưởng tổng kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025”" */
  subject: string;
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NINH SƠN" */
  authority: string;
  legalBases: readonly string[];
  /** "Giấy khen của Chủ tịch UBND huyện" */
  awardForm: string;
  reviewLabel: string;
  awardees: readonly Awardee[];
  quotas: ReadonlyArray<{ awardClass: 'collective' | 'individual'; max: number; awarded: number }>;
  /** Offices charged with carrying it out (Điều 3). */
  executors: readonly string[];
  recipients: readonly string[];
  signer: Signer;
}

export interface CertificateModel {
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NINH SƠN" */
  grantor: string;
  awardee: Awardee;
  /** "Đã có thành tích xuất sắc trong Phong trào thi đua …" */
  citation: string;
  decisionNumber: string;
  /** yyyy-mm-dd */
  decisionDate: string;
  /** Entry in the register of awards (số vào sổ). */
  registerEntry: string;
  place: string;
  signer: Signer;
}

export interface ReviewTargetLine {
  id: string;
  group: string;
  label: string;
  /** "86,5% (chỉ tiêu ≥ 85%)" */
  result: string;
  /** "Đạt" / "Chưa đạt" / "Chưa có số liệu" / "Định tính" */
  status: string;
}

export interface ReviewCriterionLine {
  id: string;
  label: string;
  kind: string;
  met: number;
  notMet: number;
  missing: number;
}

export interface ReviewRanking {
  kind: string;
  rows: ReadonlyArray<{ rank: number; name: string; score: string; eligibility: string }>;
}

export interface ReviewReportModel {
  letterhead: Letterhead;
  /** "BÁO CÁO" */
  name: string;
  /** "Tổng kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn" */
  subject: string;
  introduction: readonly string[];
  year: number;
  targets: readonly ReviewTargetLine[];
  criteria: readonly ReviewCriterionLine[];
  rankings: readonly ReviewRanking[];
  reporting: ReadonlyArray<{ year: number; onTime: number; late: number; missing: number }>;
  awards: readonly Awardee[];
  /** Said under V. KHEN THƯỞNG when there are no awards. */
  noAwards: string;
  behind: readonly string[];
  proposals: readonly string[];
  recipients: readonly string[];
  signer: Signer;
}

export type DocumentKind =
  'award-decision' | 'certificate' | 'review-report' | 'unit-year-report' | 'district-year-report';

export interface UnitCriterionLine {
  id: string;
  label: string;
  /** "72% (yêu cầu ≥ 70%)" */
  result: string;
  /** "Đạt" / "Chưa đạt" / "Chưa có số liệu" */
  status: string;
}

/** A unit's yearly report on the movement (D-ANNUAL-REPORT), in the unit's own name. */
export interface UnitYearReportModel {
  /** The unit's name, as registered. */
  unit: string;
  letterhead: Letterhead;
  /** "Kết quả thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” năm 2025" */
  subject: string;
  introduction: readonly string[];
  year: number;
  criteria: readonly UnitCriterionLine[];
  /** Score, rank and eligibility, as sentences. */
  standing: readonly string[];
  /** Submission and approval, as sentences. */
  reporting: readonly string[];
  behind: readonly string[];
  proposals: readonly string[];
  recipients: readonly string[];
  /** Blank space for the signature (the unit signs the printout). */
  signer: Signer;
  /** True while the figures are not approved: the page says "DỰ THẢO". */
  draft: boolean;
}
