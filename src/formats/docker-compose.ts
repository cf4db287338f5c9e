import { destinationOf, merge, type Collected } from './shared/values.js';
import { getValue, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { readScalarValue, yamlReader } from './shared/yaml-reader.js';
import type { FormatAdapter } from './types.js';
import { composeName, isGitHubWorkflowPath } from './shared/paths.js';

export const dockerComposeAdapter: FormatAdapter = {
  id: 'docker-compose',
  title: 'Docker Compose',
  claim: 'path',
  description: 'Docker Compose files',
  matches: (path) => composeName.test(path) && !isGitHubWorkflowPath(path),
  parse: (file, text, context) => {
    const reader = yamlReader('docker-compose', file, text, context);
    const { source, builder } = reader;
    for (const doc of source.documents) {
      for (const service of mapPairs(getValue(doc.contents, 'services'))) {
        const environment = getValue(service.value, 'environment');
        const parts: Collected[] = mapPairs(environment).map((pair) =>
          readScalarValue(reader, pair.value, scalarText(pair.key) ?? '', { emptyWhenNull: true }),
        );
        // The list form: `- NAME=value`.
        for (const item of seqItems(environment)) {
          const entry = scalarText(item);
          const equals = entry?.indexOf('=') ?? -1;
          if (entry && equals >= 0)
            parts.push(readScalarValue(reader, item, entry.slice(0, equals), { from: equals + 1 }));
        }
        const visible = merge(...parts);
        if (visible.referenceIds.length > 0)
          builder.use(
            `service ${scalarText(service.key) ?? '?'}`,
            source.nodeSpan(service.key),
            visible.referenceIds,
            destinationOf(visible, 'unknown'),
          );
      }
    }
    return builder.build();
  },
};
