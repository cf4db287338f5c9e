import { describe, expect, it } from '@jest/globals';
import { helmValuesReader, inManifestFolder } from '../../../src/formats/kubernetes.js';
import { seeded } from '../../helpers/seeded.js';

/** The one pattern `inManifestFolder` replaced: quadratic in a path of many folder names that does not end in `.yaml`. */
const onePattern =
  /(?:^|\/)(?:k8s|kubernetes|kube|manifests|deploy|deployments?|kustomize|overlays|helm|charts)\/(?:.*\/)?[^/]+\.ya?ml$/i;

const pieces = [
  'k8s',
  'K8S',
  'kube',
  'kubernetes',
  'deploy',
  'deployment',
  'deployments',
  'Deployments',
  'charts',
  'helm',
  'overlays',
  'kustomize',
  'manifests',
  'xk8s',
  'k8sx',
  'app',
  '',
  '.yaml',
  'a.yaml',
  'a.YML',
  'a.yml.json',
  'values.yaml',
  'x.json',
  '.',
  '..',
  'yaml',
  'a.ya',
  'ml',
];

function randomPath(random: () => number): string {
  const segments = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
    const piece = pieces[Math.floor(random() * pieces.length)]!;
    // Now and then a piece runs into the next one, so names and endings meet without a `/` between.
    return random() < 0.15 ? `${piece}${pieces[Math.floor(random() * pieces.length)]!}` : piece;
  });
  return segments.join('/') + (random() < 0.1 ? '/' : '');
}

describe('inManifestFolder', () => {
  it('answers as the one pattern did, on 20 000 generated paths', () => {
    const random = seeded(20261208);
    let inside = 0;
    for (let n = 0; n < 20_000; n++) {
      const path = randomPath(random);
      expect([path, inManifestFolder(path)]).toEqual([path, onePattern.test(path)]);
      if (onePattern.test(path)) inside++;
    }
    // Both answers are well represented, so the comparison says something either way.
    expect(inside).toBeGreaterThan(1_000);
    expect(inside).toBeLessThan(18_000);
  });

  it.each([
    ['k8s/app.yaml', true],
    ['deploy/k8s/secret.yml', true],
    ['infra/Charts/mail/templates/secret.YAML', true],
    ['k8s/.yaml', false],
    ['k8s/', false],
    ['mk8s/app.yaml', false],
    ['k8s.yaml', false],
    ['k8s/app.json', false],
    ['k8s/app.yaml/readme', false],
  ])('%s → %s', (path, expected) => {
    expect(inManifestFolder(path)).toBe(expected);
    expect(Boolean(helmValuesReader(path))).toBe(expected);
  });

  it('answers for a path of a thousand folder names, whatever its ending', () => {
    const deep = 'k8s/'.repeat(1_000);
    expect(inManifestFolder(`${deep}x.json`)).toBe(false);
    expect(inManifestFolder(`${deep}x.yaml`)).toBe(true);
    expect(helmValuesReader(`${deep}x.json`)).toBeUndefined();
  });
});
