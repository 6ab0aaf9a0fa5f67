// What a user reads when the input was refused by the schema: the fields, in both languages; never zod's raw report.
import type { ZodError } from 'zod';

export const inputErrorMessage = (error: ZodError): string => {
  const fields = [...new Set(error.issues.map((i) => i.path.join('.') || '—'))].slice(0, 5).join(', ');
  // Messages written for users in this codebase are "tiếng Việt / English"; zod's own defaults are English only.
  const own = error.issues.map((i) => i.message).find((m) => m.includes(' / '));
  if (own) {
    const [vi, en] = own.split(' / ');
    return `Dữ liệu không hợp lệ (${fields}): ${vi} | Invalid input (${fields}): ${en ?? vi}`;
  }
  return `Dữ liệu không hợp lệ ở: ${fields} | Invalid input in: ${fields}`;
};
