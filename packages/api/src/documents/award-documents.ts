// The award decision and its certificates, assembled from a signed decision: what each says is the data, so the
// verification code follows from it.
import type { Awardee, AwardDecisionModel, CertificateModel } from '@thidua/documents';
import { authorityOn, findReview, issuerOn, type Movement } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { notFound } from '../errors.js';
import { movementById } from '../movement/active-movement.js';
import { bodyOf, GRANTOR, letterheadOf, reviewWords } from './letterhead.js';
import { DUTY } from '../roles.js';

export const decisionSelect = {
  id: true,
  movementId: true,
  reviewId: true,
  number: true,
  date: true,
  signer: true,
  signedOnBehalf: true,
  items: {
    orderBy: { nominationId: 'asc' as const },
    select: {
      nominationId: true,
      awardClass: true,
      nomination: {
        select: {
          achievements: true,
          unit: { select: { name: true } },
          person: { select: { fullName: true, unit: { select: { name: true } } } },
        },
      },
    },
  },
};

type DecisionRow = NonNullable<Awaited<ReturnType<typeof loadDecision>>>;

/** Collectives first, then individuals, as the decision lists them: the register numbers follow the same order. */
const loadDecision = async (db: Db, where: { id: string } | { items: { some: { nominationId: string } } }) => {
  const decision = await db.awardDecision.findFirst({ where, select: decisionSelect });
  const rank = (c: string) => (c === 'collective' ? 0 : 1);
  return (
    decision && { ...decision, items: [...decision.items].sort((a, b) => rank(a.awardClass) - rank(b.awardClass)) }
  );
};

export const awardeeOf = (item: DecisionRow['items'][number]): Awardee => ({
  awardClass: item.awardClass === 'individual' ? 'individual' : 'collective',
  name: item.nomination.person?.fullName ?? item.nomination.unit?.name ?? item.nominationId,
  unit: item.nomination.person ? (item.nomination.person.unit?.name ?? null) : null,
  achievements: item.nomination.achievements,
});

/** Decree 30: a deputy signing for the head writes "KT." (ký thay) above the head's title, then their own. */
const signerOf = (decision: DecisionRow) => ({
  authority: decision.signedOnBehalf ? 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' : 'CHỦ TỊCH',
  name: decision.signer,
});

/** After a reorganisation the decision cites what moved the power (and says when the successor is still to confirm). */
const basisOf = (movement: Movement, date: string): string[] => {
  const a = authorityOn(movement, date);
  return a.basis ? [`Căn cứ ${a.basis}${a.confirmed ? '' : ' (thẩm quyền kế thừa chưa được xác nhận)'};`] : [];
};

/** The decision is read in the words of its own movement, running or finished. */
export const awardDecisionModel = async (db: Db, decisionId: string): Promise<AwardDecisionModel> => {
  const decision = await loadDecision(db, { id: decisionId });
  if (!decision) throw notFound({ vi: 'quyết định khen thưởng', en: 'Award decision' });
  const { movement } = await movementById(db, decision.movementId);
  const review = findReview(movement, decision.reviewId);
  const awardees = decision.items.map(awardeeOf);
  const head = letterheadOf(movement, `Số: ${decision.number}`, decision.date);
  const { noun, period } = reviewWords(review.label.vi);
  return {
    letterhead: head,
    subject: `khen thưởng ${noun} ${movement.name.vi}`,
    authority: GRANTOR(movement, decision.date),
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      `Căn cứ Kế hoạch phát động ${movement.name.vi} của ${movement.issuer.vi};`,
      ...basisOf(movement, decision.date),
      `Xét đề nghị của ${bodyOf(movement, DUTY.homeAffairs)} và kết quả xét chọn của ${bodyOf(movement, DUTY.council)}.`,
    ],
    awardForm: review.award.vi,
    reviewLabel: `${movement.name.vi} (${noun} ${period})`,
    awardees,
    quotas: (['collective', 'individual'] as const).map((c) => ({
      awardClass: c,
      max: review.quotas[c],
      awarded: awardees.filter((a) => a.awardClass === c).length,
    })),
    executors: [
      `Chánh Văn phòng ${issuerOn(movement, decision.date).vi}`,
      `Thủ trưởng ${bodyOf(movement, DUTY.homeAffairs)}`,
      `Thủ trưởng ${bodyOf(movement, DUTY.culture)}`,
    ],
    recipients: ['Như Điều 3;', `Chủ tịch, các Phó Chủ tịch ${issuerOn(movement, decision.date).vi};`, 'Lưu: VT.'],
    signer: signerOf(decision),
  };
};

export const certificateModel = async (db: Db, nominationId: string): Promise<CertificateModel> => {
  const decision = await loadDecision(db, { items: { some: { nominationId } } });
  const index = decision?.items.findIndex((i) => i.nominationId === nominationId) ?? -1;
  const item = decision?.items[index];
  if (!decision || !item) throw notFound({ vi: 'khen thưởng', en: 'Award' });
  const { movement } = await movementById(db, decision.movementId);
  const review = findReview(movement, decision.reviewId);
  return {
    grantor: GRANTOR(movement, decision.date),
    awardee: awardeeOf(item),
    citation: `Đã có thành tích xuất sắc trong ${movement.name.vi} (${reviewWords(review.label.vi).noun} ${reviewWords(review.label.vi).period}).`,
    decisionNumber: decision.number,
    decisionDate: decision.date,
    registerEntry: `${decision.number.split('/')[0]}-${String(index + 1).padStart(2, '0')}`,
    place: letterheadOf(movement, '', decision.date).place,
    signer: signerOf(decision),
  };
};
