/** The system's code of a file-system error (`ENOENT`, `ELOOP` …), or its message when it has none. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.message : String(error);
}
