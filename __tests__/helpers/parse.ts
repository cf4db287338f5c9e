import { classifyName } from '../../src/credentials/names.js';
import { adapterFor } from '../../src/formats/index.js';
import type { FileModel } from '../../src/model/scan-model.js';

/** A file read as a scan reads it: by the reader `adapterFor` gives its path (for YAML and JSON, the shared content reader). */
export function parseAsScanned(file: string, text: string): FileModel {
  const reader = adapterFor(file);
  if (!reader) throw new Error(`no format reads ${file}`);
  return reader.parse(file, text, { classifyName: (name) => classifyName(name) });
}
