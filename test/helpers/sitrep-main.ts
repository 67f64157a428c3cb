// The CLI from source, for tests that need sitrep as a separate process (workers that are killed, servers):
// run with `node --import tsx test/helpers/sitrep-main.ts …` (see sitrep-process.ts). Unlike bin/sitrep.js it
// needs no build, so `vitest run` alone tests the current source.
import { processIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
