// @thidua/ui/forms: checking typed values with the domain's rules (zod). A separate entry, loaded with the first form,
// so the dashboard does not download the validation library.
import { addMessages } from '@thidua/ui';
import { formMessages } from './form-messages.js';

addMessages(formMessages);
export { parseValue, rangeHint, type Parsed } from './value-input.js';
export { ValueField } from './value-field.js';
/** The domain's one reader of figures, for inputs that are not a criterion's cell (target figures). */
export { readMeasureValue, unambiguousSpellings } from '@thidua/domain';
export { readDraft, writeDraft, dropDraft, type StoredDraft } from './draft-store.js';
export { useBrowserDraft } from './use-browser-draft.js';
export { ReauthDialog } from './reauth-dialog.js';
export { useVersionedDraft, type VersionedDraft } from './use-versioned-draft.js';
export { KeptDraftNotices, NewerVersionNotice } from './draft-notices.js';
