import { describe, expect, it } from '@jest/globals';
import { emptyRegionFacts, providerRegion, type RegionFacts } from '../../../src/formats/terraform/regions.js';

describe('the provider region of a module folder, through layers of callers', () => {
  // `layers` layers of two folders, each calling both folders of the layer below (as `module` blocks with
  // local sources write it, in a checkout or in a Terraform file's cache entry): no folder names a region.
  // Reached from a scan by one SMTP password use in the bottom folder: 16 layers ~1.1 s, 18 ~2.2 s, 30 (62
  // files of two `module` blocks) hours.
  it.failing('looks at each folder a bounded number of times, not once per path of calls to it', () => {
    const layers = 16;
    const calls: RegionFacts['moduleCalls'] = [];
    for (let layer = 1; layer <= layers; layer++)
      for (const caller of ['a', 'b'])
        for (const module of ['a', 'b']) calls.push({ caller: `l${layer}${caller}`, module: `l${layer - 1}${module}` });
    let looks = 0;
    // Each look at a folder reads its callers from the module calls once.
    const facts: RegionFacts = {
      ...emptyRegionFacts(),
      get moduleCalls() {
        looks += 1;
        return calls;
      },
    };
    expect(providerRegion(facts, 'l0a')).toBeUndefined();
    // 2^17 - 1 looks here, for 34 folders.
    expect(looks).toBeLessThanOrEqual(4 * 2 * (layers + 1));
  });
});
