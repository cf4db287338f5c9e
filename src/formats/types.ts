import type { NameClassification } from '../credentials/names.js';
import type { FileModel, ModelJoin } from '../model/scan-model.js';
import type { DocumentFormat } from './shared/documents.js';

export interface ParseContext {
  /** The name classifier, with the user's extra rows from the config file. */
  classifyName: (name: string) => NameClassification | undefined;
  /** Whether the text layer, which reads every file before its parser, found credential literals in it. */
  literalsInText?: boolean;
}

/** Turns one file format into the common model. Pure: text in, model out; never throws for bad input. */
export interface FormatAdapter {
  /** Also the adapter's file name, `src/formats/<id>.ts`. */
  id: string;
  /** The format's name in the README's "What it reads" table. */
  title: string;
  description: string;
  /**
   * How the format claims files. `path`: the path alone says the file is this format, and no two such
   * adapters claim one path. `content`: the format lives in files of any name (CloudFormation, Kubernetes,
   * Compose, Serverless); the YAML and JSON files no adapter claims by path are parsed once and each
   * document goes to the format that `recognises` it.
   */
  claim: 'path' | 'content';
  /** The paths the adapter reads, decided by path alone so discovery can skip files without reading them. */
  matches: (path: string) => boolean;
  /** For YAML and JSON formats: a parsed document is of this format. No document is recognised by two adapters. */
  recognises?: (root: unknown) => boolean;
  /**
   * For `content` formats: reads one recognised document into the file's shared builder, so a file whose
   * documents are of several formats is parsed once and each document read by its own format.
   */
  readDocument?: DocumentFormat['readDocument'];
  parse: (file: string, text: string, context: ParseContext) => FileModel;
  /** How many nodes the parser would build, counted without parsing (stops past `limit`); `nodeEstimate` by default. */
  estimateNodes?: (text: string, limit: number) => number;
  /**
   * Rules a file out from its raw bytes before it is decoded (a native substring search), for formats
   * that take many files of which few matter: a word every document of the format holds. UTF-16 files
   * always go on to decoding.
   */
  mayMatter?: (bytes: Buffer) => boolean;
  /** The format's cross-file step, run once over every file's model (Kubernetes `envFrom`, Terraform regions). */
  join?: ModelJoin;
  /** Loads what the parser needs (a WebAssembly grammar); called once, only when a matching file is scanned. */
  prepare?: () => Promise<void>;
}
