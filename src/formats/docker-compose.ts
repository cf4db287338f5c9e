import { isScalar, type Node } from 'yaml';
import { ModelBuilder } from './shared/builder.js';
import {
  destinationOf,
  findVariableInterpolations,
  merge,
  namedSink,
  readValue,
  type Collected,
} from './shared/values.js';
import { YamlSource, getValue, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import type { FormatAdapter } from './types.js';

export const dockerComposeAdapter: FormatAdapter = {
  id: 'docker-compose',
  description: 'Docker Compose files',
  matches: (path) => /(?:^|\/)(?:docker-)?compose(?:[.-][^/]*)?\.ya?ml$/i.test(path),
  parse: (file, text, context) => {
    const source = new YamlSource(file, text);
    const builder = new ModelBuilder(file, 'docker-compose');
    builder.addProblems(source.problems());
    for (const doc of source.documents) {
      for (const service of mapPairs(getValue(doc.contents, 'services'))) {
        const environment = getValue(service.value, 'environment');
        const parts: Collected[] = [];
        for (const pair of mapPairs(environment)) {
          const value = pair.value;
          if (!isScalar(value)) continue;
          const valueText = scalarText(value) ?? '';
          parts.push(
            readValue(builder, {
              text: valueText,
              locate: (s, e) => source.locateSpan(value, s, e),
              outer: namedSink('env', scalarText(pair.key) ?? '', context.classifyName),
              interpolations: findVariableInterpolations(valueText),
              script: false,
              wholeValueSlot: true,
            }),
          );
        }
        // The list form: `- NAME=value`.
        for (const item of seqItems(environment)) {
          const entry = scalarText(item);
          if (!entry || !isScalar(item)) continue;
          const equals = entry.indexOf('=');
          if (equals < 0) continue;
          const valueText = entry.slice(equals + 1);
          const shift = equals + 1;
          parts.push(
            readValue(builder, {
              text: valueText,
              locate: (s, e) => source.locateSpan(item, shift + s, shift + e),
              outer: namedSink('env', entry.slice(0, equals), context.classifyName),
              interpolations: findVariableInterpolations(valueText),
              script: false,
              wholeValueSlot: true,
            }),
          );
        }
        const visible = merge(...parts);
        if (visible.referenceIds.length > 0)
          builder.use(
            `service ${scalarText(service.key) ?? '?'}`,
            source.nodeSpan(service.key as Node),
            visible.referenceIds,
            destinationOf(visible, 'unknown'),
          );
      }
    }
    return builder.build();
  },
};
