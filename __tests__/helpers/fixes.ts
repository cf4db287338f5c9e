import type { Finding, Fix } from '../../src/model/findings.js';

/** The text a Terraform output exposing an SMTP password holds on its `value` line, from column 3. */
export const nonsensitiveValue = 'value = nonsensitive(aws_iam_access_key.smtp.ses_smtp_password_v4)';

/** A one-edit fix replacing `original` at `line` (from `column`) of `file`. */
export function oneEdit(
  file: string,
  line: number,
  original: string,
  replacement: string,
  description = 'x',
  column = 3,
): Fix {
  return {
    description,
    edits: [
      {
        file,
        span: { startLine: line, startColumn: column, endLine: line, endColumn: column + original.length },
        original,
        replacement,
      },
    ],
  };
}

/** The fix of an exposing output: `nonsensitive(…)` dropped and `sensitive = true` added, at `line` of `file`. */
export function sensitiveOutputFix(file: string, line: number): Fix {
  return oneEdit(
    file,
    line,
    nonsensitiveValue,
    'value     = aws_iam_access_key.smtp.ses_smtp_password_v4\n  sensitive = true',
    'mark the output `sensitive = true`',
  );
}

/** A synthetic finding at the fix's first edit (or line 1 of `file` without a fix). */
export function findingWithFix(fix: Fix | undefined, file = fix?.edits[0]?.file ?? 'a.tf'): Finding {
  const span = fix?.edits[0]?.span ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };
  return {
    ruleId: 'credential-exposed-in-output',
    severity: 'error',
    file,
    span,
    message: 'The SMTP password is exposed',
    fingerprintSeed: `seed${file}${span.startLine}`,
    fingerprint: `fp${span.startLine}`,
    ...(fix ? { fix } : {}),
  };
}
