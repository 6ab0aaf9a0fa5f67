// @thidua/ui/forms: checking typed values with the domain's rules (zod). A separate entry, loaded with the first form,
// so the dashboard does not download the validation library.
export { parseValue, rangeHint, type Parsed } from './value-input.js';
export { ValueField } from './value-field.js';
