import { Option } from 'commander';

/** Paths from a comma-separated list, blanks dropped. */
function splitPaths(value: string): string[] {
  return value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * `--kb PATH`: knowledge layer folders that extend the built-in knowledge, in order (repeatable, or
 * comma-separated). Without it, `$SITREP_KB` (comma-separated); without that, the built-in knowledge alone.
 * Add it to a command with `.addOption(kbOption())`; the value arrives as `flags.kb`.
 */
export function kbOption(): Option {
  return new Option(
    '--kb <path>',
    'knowledge layer folder extending the built-in knowledge (repeatable or comma-separated; default $SITREP_KB)',
  )
    .argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), ...splitPaths(value)])
    .default(undefined);
}

/** The layer folders to use: the `--kb` values when given, else `$SITREP_KB`. */
export function kbLayers(flags: readonly string[] | undefined): string[] {
  if (flags && flags.length > 0) return [...flags];
  return splitPaths(process.env.SITREP_KB ?? '');
}
