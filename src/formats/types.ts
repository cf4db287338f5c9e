import type { NameClassification } from '../credentials/names.js';
import type { FileModel, ModelJoin } from '../model/scan-model.js';

export interface ParseContext {
  /** The name classifier, with the user's extra rows from the config file. */
  classifyName: (name: string) => NameClassification | undefined;
}

/** Turns one file format into the common model. Pure: text in, model out; never throws for bad input. */
export interface FormatAdapter {
  id: string;
  description: string;
  /** Decides by path alone, so discovery can skip files without reading them. */
  matches: (path: string) => boolean;
  parse: (file: string, text: string, context: ParseContext) => FileModel;
  /**
   * Rules a file out from its raw bytes before it is decoded (a native substring search), for formats
   * that take many files of which few matter. UTF-16 files always go on to decoding.
   */
  mayMatter?: (bytes: Buffer) => boolean;
  /** The format's cross-file step, run once over every file's model (Kubernetes `envFrom`, Terraform regions). */
  join?: ModelJoin;
  /** Loads what the parser needs (a WebAssembly grammar); called once, only when a matching file is scanned. */
  prepare?: () => Promise<void>;
}
