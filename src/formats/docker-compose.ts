import type { Node } from 'yaml';
import { looksLikeCloudFormation } from './cloudformation/intrinsics.js';
import {
  destinationOf,
  mergeAll,
  namedSink,
  namesSesSmtpHost,
  withSiblingKind,
  type Collected,
} from './shared/values.js';
import { getValue, hasKey, isMap, mapPairs, scalarText, seqItems } from './shared/yaml.js';
import { readScalarValue, type YamlReader } from './shared/yaml-reader.js';
import { isStructuredDataPath } from './shared/paths.js';
import type { ContentFormat } from './types.js';

/** A Compose file by content: a top-level `services` map whose every entry is a service map. */
export function isComposeFile(root: unknown): boolean {
  const services = mapPairs(getValue(root, 'services'));
  return (
    services.length > 0 &&
    services.every((service) => isMap(service.value)) &&
    !hasKey(root, 'apiVersion') &&
    !hasKey(root, 'provider') &&
    !looksLikeCloudFormation(root)
  );
}

function readServices(reader: YamlReader, root: Node): void {
  const { source, builder } = reader;
  for (const service of mapPairs(getValue(root, 'services'))) {
    const environment = getValue(service.value, 'environment');
    // An SES SMTP server among the service's variables gives its password and user slots their kind.
    const besideSesHost =
      mapPairs(environment).some((pair) => namesSesSmtpHost(scalarText(pair.value) ?? '')) ||
      seqItems(environment).some((item) => namesSesSmtpHost(scalarText(item) ?? ''));
    const sink = (name: string) => withSiblingKind(namedSink('env', name, reader.context.classifyName), besideSesHost);
    const parts: Collected[] = mapPairs(environment).map((pair) =>
      readScalarValue(reader, pair.value, sink(scalarText(pair.key) ?? ''), { emptyWhenNull: true }),
    );
    // The list form: `- NAME=value`.
    for (const item of seqItems(environment)) {
      const entry = scalarText(item);
      const equals = entry?.indexOf('=') ?? -1;
      if (entry && equals >= 0)
        parts.push(readScalarValue(reader, item, sink(entry.slice(0, equals)), { from: equals + 1 }));
    }
    const visible = mergeAll(parts);
    if (visible.referenceIds.length > 0)
      builder.use(
        `service ${scalarText(service.key) ?? '?'}`,
        source.nodeSpan(service.key),
        visible.referenceIds,
        destinationOf(visible, 'unknown'),
      );
  }
}

export const dockerComposeAdapter: ContentFormat = {
  id: 'docker-compose',
  title: 'Docker Compose',
  claim: 'content',
  description: 'Docker Compose files',
  matches: isStructuredDataPath,
  recognises: isComposeFile,
  readDocument: readServices,
  mayMatter: (bytes) => bytes.includes('services'),
};
