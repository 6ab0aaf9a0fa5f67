// Programmatic entry of the CLI, used by its tests and by scripts that want the same output.
export { run, USAGE, type RunOutput } from './run.js';
export { parseCsv, type CsvTable } from './facts/csv.js';
