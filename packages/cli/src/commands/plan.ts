// thidua plan: prints the built-in Ninh Sơn movement as JSON, a starting point for another district's file.
import { ninhSonDx2021_2025 } from '@thidua/domain';
import type { CommandResult } from './validate.js';

export const planCommand = (): CommandResult => ({ exitCode: 0, stdout: JSON.stringify(ninhSonDx2021_2025, null, 2) });
