import { expect } from '@jest/globals';
import { deriveSmtpPasswordV2, deriveSmtpPasswordV4 } from '../../src/credentials/smtp-password.js';

/** Distinctive fake values, built at run time so the sources hold no credential-shaped literal. */
export function plantedSecrets() {
  const keyId = `AKIA${'LEAKTEST'}${'Q2R3S4T5'}`;
  const tempKeyId = `ASIA${'LEAKTEST'}${'W6X7Y2Z3'}`;
  const secretKey = `Leak${'T3stS3cr3tK3y'}Zq8Wv4Nb2Mc6Ld0Kf1Jg3Hh5`.slice(0, 40);
  return {
    keyId,
    tempKeyId,
    secretKey,
    smtpV4: deriveSmtpPasswordV4(secretKey, 'eu-west-1'),
    smtpV2: deriveSmtpPasswordV2(secretKey),
  };
}

/** The one check every output channel goes through: no planted value, nor a 12-character piece of one. */
export function expectNoPlantedSecret(channel: string, output: string): void {
  const leaked = Object.values(plantedSecrets()).flatMap((value) =>
    [value, value.slice(0, 12), value.slice(-12)]
      .filter((piece) => output.includes(piece))
      // Only the first four characters, so a failing test does not print the piece it found.
      .map((piece) => `${piece.slice(0, 4)}…`),
  );
  expect({ channel, leaked }).toEqual({ channel, leaked: [] });
}
