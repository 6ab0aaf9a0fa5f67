#!/usr/bin/env node
// Entry point of the `thidua` command.
import { run } from './run.js';

const result = run(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout + '\n');
if (result.stderr) process.stderr.write(result.stderr + '\n');
process.exitCode = result.exitCode;
