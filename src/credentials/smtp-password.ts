import { createHmac } from 'node:crypto';

const hmac = (key: Buffer | string, message: string): Buffer =>
  createHmac('sha256', key).update(message, 'utf8').digest();

/** The SES SMTP password (version 4) for a secret access key in one region. */
export function deriveSmtpPasswordV4(secretAccessKey: string, region: string): string {
  const kDate = hmac(`AWS4${secretAccessKey}`, '11111111');
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, 'ses');
  const kTerminal = hmac(kService, 'aws4_request');
  const kMessage = hmac(kTerminal, 'SendRawEmail');
  return Buffer.concat([Buffer.from([0x04]), kMessage]).toString('base64');
}

/** The retired, region-free version 2 password that SES no longer accepts. */
export function deriveSmtpPasswordV2(secretAccessKey: string): string {
  return Buffer.concat([Buffer.from([0x02]), hmac(secretAccessKey, 'SendRawEmail')]).toString('base64');
}
