// When each seeded yearly report was submitted, verified and approved (D-ANNUAL-REPORT: before 15/12, UTC+7).
import type { SeedClock } from './clock.js';
import { randomFor } from './determinism.js';
import type { ReportYear } from './report-values.js';

export type ReportStatus = 'draft' | 'submitted' | 'verified' | 'approved';

export interface StatusChange {
  from: ReportStatus;
  to: ReportStatus;
  /** Who: `reporter` (the unit's account), `verifier` (Culture's specialist: verifies, returns) or `approver` (the
   * office's head), two people as the API requires. */
  actor: 'reporter' | 'verifier' | 'approver';
  at: Date;
  reason?: string;
}

export interface ReportSchedule {
  status: ReportStatus;
  submittedAt: Date | null;
  verifiedAt: Date | null;
  approvedAt: Date | null;
  returnReason: string | null;
  /** A draft still being filled in: only some values are there. */
  partial: boolean;
  history: StatusChange[];
}

/** Late submissions, local time. 15/12 itself is already late ("trước ngày 15/12"). */
const LATE: Readonly<Record<string, string>> = {
  'U-MA-NOI:2022': '2022-12-15T08:30',
  'HOI-LHPN:2022': '2023-01-05T09:00',
  'PHONG-TN-MT:2023': '2023-12-18T10:05',
  'DN-NONG-SAN-LAM-SON:2024': '2024-12-27T15:20',
  'U-NINH-SON-2:2025': '2025-12-16T09:10',
};

/** Reports of 2022–2024 that were never approved; every other one of those years is. */
const STUCK: Readonly<Record<string, ReportStatus>> = {
  'DN-HTX-NHO-MY-SON:2023': 'submitted',
  'DN-XAY-DUNG-HOA-SON:2024': 'verified',
};

/** Where the 2025 round stands; units not listed have submitted. */
const STATUS_2025: Readonly<Record<string, ReportStatus>> = {
  'PHONG-VHTT': 'approved',
  'PHONG-NOI-VU': 'approved',
  'VP-HDND-UBND': 'approved',
  'PHONG-TC-KH': 'approved',
  'PHONG-GD-DT': 'approved',
  'U-NINH-SON-1': 'approved',
  'U-MY-SON': 'approved',
  'DN-PHAN-MEM-TAN-SON': 'approved',
  'PHONG-Y-TE': 'verified',
  'PHONG-NN-PTNT': 'verified',
  'HUYEN-DOAN': 'verified',
  'DN-THUY-DIEN-SONG-PHA': 'verified',
  'U-NHON-SON': 'draft',
  'MTTQ-HUYEN': 'draft',
  'DN-HTX-NHO-MY-SON': 'draft',
  'DN-DU-LICH-NHON-SON': 'draft',
  'U-NINH-SON-3': 'draft', // returned for more evidence, see RETURNED
};

const RETURNED: Readonly<Record<string, { submitted: string; returned: string; reason: string }>> = {
  'U-NINH-SON-3:2025': {
    submitted: '2025-12-08T10:20',
    returned: '2025-12-10T15:45',
    reason:
      'Thiếu minh chứng cho tiêu chí C-COMM-EFFECTIVE: đề nghị bổ sung kế hoạch, biên bản phát động và kết quả triển khai tại các thôn.',
  },
};

const pad = (n: number): string => String(n).padStart(2, '0');

export const reportSchedule = (unitId: string, year: ReportYear, clock: SeedClock): ReportSchedule => {
  const key = `${unitId}:${year}`;
  const rnd = randomFor(`schedule:${key}`);
  const returned = year === 2025 ? RETURNED[key] : undefined;
  const status: ReportStatus = year === 2025 ? (STATUS_2025[unitId] ?? 'submitted') : (STUCK[key] ?? 'approved');
  const empty = { verifiedAt: null, approvedAt: null, returnReason: null, history: [] };
  if (returned) {
    const submittedAt = clock.at(returned.submitted);
    const at = clock.at(returned.returned);
    return {
      ...empty,
      status: 'draft',
      // Returned for correction, it keeps its first submission time: the deadline is judged on it (ADR 0021).
      submittedAt,
      returnReason: returned.reason,
      partial: false,
      history: [
        { from: 'draft', to: 'submitted', actor: 'reporter', at: submittedAt },
        { from: 'submitted', to: 'draft', actor: 'verifier', at, reason: returned.reason },
      ],
    };
  }
  if (status === 'draft') return { ...empty, status, submittedAt: null, partial: true };
  // On time: between 20/11 and 14/12 during office hours, unless listed as late.
  const daysBefore = Math.floor(rnd() * 24);
  const onTime = clock.after(
    clock.at(`${year}-11-20T${pad(8 + Math.floor(rnd() * 9))}:${pad(Math.floor(rnd() * 60))}`),
    daysBefore,
  );
  const late = LATE[key];
  const submittedAt = late ? clock.at(late) : onTime;
  const history: StatusChange[] = [{ from: 'draft', to: 'submitted', actor: 'reporter', at: submittedAt }];
  if (status === 'submitted') return { ...empty, status, submittedAt, partial: false, history };
  const verifiedAt = clock.after(submittedAt, 1 + Math.floor(rnd() * 4) + rnd() * 0.3);
  history.push({ from: 'submitted', to: 'verified', actor: 'verifier', at: verifiedAt });
  if (status === 'verified') return { ...empty, status, submittedAt, verifiedAt, partial: false, history };
  const approvedAt = clock.after(verifiedAt, 1 + Math.floor(rnd() * 3) + rnd() * 0.3);
  history.push({ from: 'verified', to: 'approved', actor: 'approver', at: approvedAt });
  return { ...empty, status, submittedAt, verifiedAt, approvedAt, partial: false, history };
};
