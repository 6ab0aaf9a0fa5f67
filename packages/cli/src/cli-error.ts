// An error meant for the person at the terminal: printed as is, never with a stack trace.
import type { LocalizedText } from '@thidua/domain';

export class CliError extends Error {
  constructor(
    readonly text: LocalizedText,
    readonly exitCode = 1,
  ) {
    super(text.en);
  }
}

export const cliError = (vi: string, en: string, exitCode = 1): CliError => new CliError({ vi, en }, exitCode);
