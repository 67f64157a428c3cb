/** File-system errors as reasons a person can act on. */

/** True for errors from Node's file-system calls (they carry a string `code`), which become rejections. */
export function isFsError(error: unknown): error is Error & { readonly code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Node's file errors as a person would say them. */
export function fsReason(error: unknown): string {
  switch (isFsError(error) ? error.code : undefined) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
