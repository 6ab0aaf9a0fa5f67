// Turns a zod issue into a message a district IT officer can act on, in Vietnamese and English.
import type { z } from 'zod';
import { text, type LocalizedText } from '../i18n/localized-text.js';

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai (true/false)',
  object: 'đối tượng',
  array: 'danh sách',
};

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

export const zodIssueText = (issue: z.core.$ZodIssue): LocalizedText => {
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue) || issue.input === undefined) {
        return text('Thiếu trường bắt buộc', 'Required field is missing');
      }
      return text(
        `Sai kiểu dữ liệu: cần ${TYPE_VI[issue.expected] ?? issue.expected}`,
        `Wrong type: expected ${issue.expected}`,
      );
    case 'invalid_value':
      return text(
        `Giá trị không hợp lệ: chỉ nhận ${list(issue.values)}`,
        `Invalid value: expected one of ${list(issue.values)}`,
      );
    case 'too_small':
      return issue.origin === 'array'
        ? text(`Cần ít nhất ${issue.minimum} phần tử`, `Needs at least ${issue.minimum} item(s)`)
        : text(
            `Giá trị phải ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`,
            `Must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`,
          );
    case 'too_big':
      return text(
        `Giá trị phải ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`,
        `Must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`,
      );
    case 'invalid_format':
      return issue.format === 'date'
        ? text('Ngày không hợp lệ: cần dạng YYYY-MM-DD', 'Invalid date: expected YYYY-MM-DD')
        : text(
            `Sai định dạng (${issue.format}): ${issue.message}`,
            `Invalid format (${issue.format}): ${issue.message}`,
          );
    case 'unrecognized_keys':
      return text(`Trường không được hỗ trợ: ${issue.keys.join(', ')}`, `Unknown field(s): ${issue.keys.join(', ')}`);
    case 'invalid_union':
      return text('Không khớp với dạng nào được hỗ trợ', 'Does not match any supported form');
    case 'not_multiple_of':
      return text(`Phải là bội số của ${String(issue.divisor)}`, `Must be a multiple of ${String(issue.divisor)}`);
    default:
      return text(`Giá trị không hợp lệ: ${issue.message}`, `Invalid value: ${issue.message}`);
  }
};

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );

/** Where an issue is: an unknown key is reported at the key itself, not at its parent object. */
export const issuePath = (issue: z.core.$ZodIssue): string =>
  formatPath(
    issue.code === 'unrecognized_keys' && issue.keys.length === 1
      ? [...issue.path, issue.keys[0] as string]
      : issue.path,
  );
