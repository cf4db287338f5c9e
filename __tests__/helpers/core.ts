import type * as core from '@actions/core';
import { jest } from '@jest/globals';

/**
 * A typed stand-in for `@actions/core`, registered with `jest.unstable_mockModule` before the action is
 * imported. Inputs come from `inputs`, as the runner would hand them over; the summary keeps its text
 * (the action itself writes GITHUB_STEP_SUMMARY directly, without following links).
 */
export const inputs: Record<string, string> = {};
export const summaryText: string[] = [];

export const getInput = jest.fn<typeof core.getInput>();
export const getMultilineInput = jest.fn<typeof core.getMultilineInput>();
export const setOutput = jest.fn<typeof core.setOutput>();
export const setFailed = jest.fn<typeof core.setFailed>();
export const setSecret = jest.fn<typeof core.setSecret>();
export const info = jest.fn<typeof core.info>();
export const warning = jest.fn<typeof core.warning>();
export const debug = jest.fn<typeof core.debug>();
export const notice = jest.fn<typeof core.notice>();
export const startGroup = jest.fn<typeof core.startGroup>();
export const endGroup = jest.fn<typeof core.endGroup>();

export const summary = {
  addRaw: jest.fn((text: string) => {
    summaryText.push(text);
    return summary;
  }),
  write: jest.fn(async () => summary),
};

/** Resets every stand-in and sets the inputs for the next run (the runner trims them, and so does this). */
export function useInputs(values: Record<string, string>): void {
  for (const name of Object.keys(inputs)) delete inputs[name];
  Object.assign(inputs, values);
  summaryText.length = 0;
  for (const mock of [
    getInput,
    getMultilineInput,
    setOutput,
    setFailed,
    setSecret,
    info,
    warning,
    debug,
    notice,
    startGroup,
    endGroup,
  ])
    mock.mockReset();
  getInput.mockImplementation((name) => (inputs[name] ?? '').trim());
  getMultilineInput.mockImplementation((name) =>
    (inputs[name] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/** Collects what the action prints (annotations are workflow commands on standard output) until mocks are restored. */
export function captureStdout(): string[] {
  const printed: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((text) => {
    printed.push(String(text));
    return true;
  });
  return printed;
}
