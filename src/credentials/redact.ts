/**
 * Every secret in play for this run: values given to `setSecret` (the token input, credential
 * variables). The runner masks them in the log, but not in files the action writes (SARIF, JSON,
 * summary), so each output is scrubbed here too.
 */
const registered = new Set<string>();

/** Values shorter than this are too common to replace in free text (`true`, `main`); the runner masks them anyway. */
const shortestRegistered = 4;

export function rememberSecret(value: string): void {
  const trimmed = value.trim();
  if (trimmed.length >= shortestRegistered) registered.add(trimmed);
}

/** For tests: forgets every remembered secret. */
export function forgetSecrets(): void {
  registered.clear();
}

/**
 * GitHub tokens: personal (`ghp_`), OAuth (`gho_`), user-to-server (`ghu_`), server-to-server and
 * GITHUB_TOKEN (`ghs_`), refresh (`ghr_`), fine-grained (`github_pat_`). Bounded repetition: linear.
 */
const githubToken =
  /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g;

/**
 * AWS session tokens start with a base64 header (`IQoJb3JpZ2lu…`, `FwoGZXIvYXdz…`, `FQoGZXIvYXdz…`,
 * `AQoDYXdz…`) and are often URL-encoded when an error body quotes a request, which breaks the plain
 * base64 run the generic scrubber looks for.
 */
const sessionToken = /(?:IQoJb3JpZ2lu|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdz)(?:[A-Za-z0-9+/=]|%2[BbFf]|%3[Dd])*/g;

function replaceRegistered(text: string): string {
  if (registered.size === 0) return text;
  // Longest first, so a secret containing another is replaced whole.
  let out = text;
  for (const value of [...registered].sort((a, b) => b.length - a.length))
    if (out.includes(value)) out = out.split(value).join('***');
  return out;
}

/** The only form in which a credential may appear in any output: a short prefix and an ellipsis. */
export function redact(value: string): string {
  const visible = value.length > 8 ? 4 : Math.min(2, value.length);
  return `${value.slice(0, visible)}…`;
}

/**
 * Redacts the secrets in play for this run from free text: remembered values, GitHub tokens and AWS
 * session tokens. `scrubCredentials` (credentials/values.ts) calls this first and adds key IDs and
 * long base64 runs, so every scrub in the code base knows all of them.
 */
export function scrubKnownSecrets(text: string): string {
  return replaceRegistered(text)
    .replace(githubToken, (match) => redact(match))
    .replace(sessionToken, (match) => redact(match));
}
