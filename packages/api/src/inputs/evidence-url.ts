// An evidence link: web addresses only (http/https), so a stored link can never run script or open a local file.
import { z } from 'zod';

export const evidenceUrl = z
  .url({
    protocol: /^https?$/,
    error: 'Đường dẫn minh chứng phải là địa chỉ web (http:// hoặc https://) / the evidence link must be a web address',
  })
  .max(2000);
