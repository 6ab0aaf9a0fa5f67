// Texts of a unit's award proposals: who, the criteria with evidence, the dossier, and withdrawing.
const vi = {
  'propose.class': 'Đề nghị khen thưởng cho',
  'propose.collective': 'Tập thể đơn vị',
  'propose.individual': 'Cá nhân',
  'propose.person': 'Cá nhân được đề nghị',
  'propose.personHint':
    'Chọn trong danh sách cán bộ, công chức, người lao động và công dân của đơn vị (thêm người ở mục bên trên).',
  'propose.noPeople':
    'Đơn vị chưa có ai trong danh sách cá nhân: thêm người ở mục “Cán bộ, công chức, người lao động và công dân của đơn vị”.',
  'propose.criteria': 'Tiêu chuẩn cá nhân của phong trào',
  'propose.met': 'Đạt: {label}',
  'propose.evidenceRequired': 'Cần minh chứng: chọn sáng kiến đã được công nhận của người này hoặc tải tệp lên.',
  'propose.initiative': 'Sáng kiến đã được công nhận',
  'propose.noInitiative': 'Người này chưa có sáng kiến nào được công nhận',
  'propose.file': 'Tệp minh chứng cho {id}',
  'propose.note': 'Ghi chú minh chứng (không bắt buộc)',
  'propose.dossier': 'Hồ sơ đề nghị (PDF, ảnh, Word; mỗi tệp tối đa 10 MB)',
  'propose.required': 'bắt buộc',
  'propose.missing': 'Còn thiếu: {items}',
  'propose.sendCollective': 'Gửi đề nghị tập thể',
  'propose.sendIndividual': 'Gửi đề nghị cá nhân',
  'propose.sent':
    'Đã gửi đề nghị. Đánh giá hiện tại: {explanation} Phòng Nội vụ sẽ đánh giá lại khi thẩm định, theo số liệu đã duyệt lúc đó.',
  'propose.standing': 'Đánh giá hiện tại',
  'propose.withdraw': 'Rút đề nghị',
  'propose.withdrawReason': 'Lý do rút đề nghị',
  'propose.withdrawConfirm':
    'Rút đề nghị của {who}? Đề nghị không còn được xét; đơn vị có thể gửi lại trong thời gian của đợt.',
  'propose.withdrawn': 'Đã rút: {reason}',
  'propose.documents': 'Hồ sơ',
};

const en: Record<keyof typeof vi, string> = {
  'propose.class': 'Propose for an award',
  'propose.collective': 'The unit (collective)',
  'propose.individual': 'An individual',
  'propose.person': 'Person proposed',
  'propose.personHint': 'Pick from the unit’s officials, staff and citizens (add people in the section above).',
  'propose.noPeople':
    'The unit has no one in its list of people yet: add them under “The unit’s officials, staff and citizens”.',
  'propose.criteria': 'The movement’s criteria for individuals',
  'propose.met': 'Met: {label}',
  'propose.evidenceRequired': 'Evidence needed: pick a recognised initiative of this person or upload a file.',
  'propose.initiative': 'Recognised initiative',
  'propose.noInitiative': 'This person has no recognised initiative',
  'propose.file': 'Evidence file for {id}',
  'propose.note': 'Note on the evidence (optional)',
  'propose.dossier': 'Dossier (PDF, image, Word; each file at most 10 MB)',
  'propose.required': 'required',
  'propose.missing': 'Still missing: {items}',
  'propose.sendCollective': 'Send the unit’s proposal',
  'propose.sendIndividual': 'Send the individual’s proposal',
  'propose.sent':
    'Proposal sent. Standing now: {explanation} Home Affairs judges it again at appraisal, on the data approved by then.',
  'propose.standing': 'Standing now',
  'propose.withdraw': 'Withdraw',
  'propose.withdrawReason': 'Reason for withdrawing',
  'propose.withdrawConfirm':
    'Withdraw the proposal for {who}? It will not be judged; the unit can propose again while the review is open.',
  'propose.withdrawn': 'Withdrawn: {reason}',
  'propose.documents': 'Dossier',
};

export const nominationMessages = { vi, en };
