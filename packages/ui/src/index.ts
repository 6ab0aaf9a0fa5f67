// Public surface of @thidua/ui, shared as one copy by the shell and every sector module. Forms (`./forms`, with zod)
// and the full sector module (`./sector`) are separate entries, loaded by the screens that need them.
export {
  addMessages,
  loadEnglish,
  I18nProvider,
  useI18n,
  useMessages,
  translator,
  interpolate,
  type Translate,
} from './i18n/i18n.js';
export { vi as viMessages, type MessageKey } from './i18n/messages.js';
export {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  compareVi,
  timeLeft,
  todayInVietnam,
  endOfDayInVietnam,
  lastDayBefore,
  TIME_ZONE,
} from './format/format.js';
export {
  createApiClient,
  errorText,
  bilingualText,
  errorCode,
  isApiError,
  isNetworkError,
  type ApiClient,
} from './api/client.js';
export { ApiProvider, useApi, createQueryClient } from './api/api-provider.js';
export { useSession, SESSION_KEY, type Me } from './session/session.js';
export { Card, StatusBadge, ProgressBar, Button, Loading, ErrorNote, Notice } from './components/primitives.js';
export { QueryView } from './components/query-view.js';
export { ConfirmStep } from './components/confirm-step.js';
export { ReasonStep } from './components/reason-step.js';
export { DataTable, type Column } from './components/data-table.js';
export { Tabs } from './components/tabs.js';
export { LineChart, type Series } from './charts/lazy-chart.js';
export { EvidenceUpload, uploadEvidence, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from './components/evidence-upload.js';
export { DownloadButton } from './components/download-button.js';
export { ExcelExchange, type ExcelExchangeProps } from './components/excel-exchange.js';
export { SectorWidget, openInShell } from './sector/sector-widget.js';
export {
  useSectorInfo,
  useSectorSummary,
  useSectorReport,
  type SectorInfo,
  type SectorSummary,
  type SectorReportView,
} from './sector/use-sector.js';
export { IndicatorFocus } from './sector/indicator-focus.js';
export { ErrorBoundary } from './components/error-boundary.js';
export {
  CALENDAR_KEY,
  ReviewSelect,
  useCalendar,
  useReviewChoice,
  useYearChoice,
  WithCalendar,
  YearSelect,
  type Calendar,
} from './session/calendar.js';
export { useLeaveGuard, mayLeave } from './forms/leave-guard.js';
