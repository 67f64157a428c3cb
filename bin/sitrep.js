#!/usr/bin/env node
import { processIo } from '../dist/src/cli/io.js';
import { runCli } from '../dist/src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
