import { normalizeName } from './names.js';

/**
 * The half of a key pair a name stands for, and the stem two halves share: `COS_SECRET_ID` and
 * `COS_SECRET_KEY` share `COS`, `ROOT_AWS_ACCESS_KEY_ID` and `ROOT_AWS_SECRET_ACCESS_KEY` share `ROOT_AWS`.
 */
export interface PairHalf {
  stem: string;
  half: 'id' | 'secret' | 'token';
}

// Longer suffixes first: `SECRET_ACCESS_KEY` must not be read as `…_SECRET` + `ACCESS_KEY`.
const halves: ReadonlyArray<{ half: PairHalf['half']; suffix: RegExp }> = [
  { half: 'token', suffix: /^(.*?)_?(?:SESSION_TOKEN|SECURITY_TOKEN)$/ },
  {
    half: 'secret',
    suffix: /^(.*?)_?(?:SECRET_ACCESS_KEY|SECRET_KEY|ACCESS_KEY_SECRET|ACCESS_SECRET|SECRET|PASSWORD|PASSWD|PASS|PWD)$/,
  },
  {
    half: 'id',
    suffix: /^(.*?)_?(?:ACCESS_KEY_ID|ACCESS_KEY|KEY_ID|ACCESS_ID|SECRET_ID|USERNAME|USER_NAME|USER|LOGIN)$/,
  },
];

export function pairHalf(name: string): PairHalf | undefined {
  const normalized = normalizeName(name);
  for (const { half, suffix } of halves) {
    const match = suffix.exec(normalized);
    if (match) return { stem: match[1] ?? '', half };
  }
  return undefined;
}

/** Two names are halves of one pair: the same stem, different halves. */
export function sameStem(a: string, b: string): boolean {
  const first = pairHalf(a);
  const second = pairHalf(b);
  return first !== undefined && second !== undefined && first.stem === second.stem;
}
