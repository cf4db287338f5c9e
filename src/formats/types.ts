import type { FileModel, ModelJoin } from '../model/scan-model.js';
import type { DocumentFormat } from './shared/documents.js';
import type { ParseContext } from './shared/parse-context.js';

/**
 * What reads one file into the common model (`adapterFor` gives it for a path): the format that owns the
 * path, or the one reader of YAML and JSON files whose formats are found by content. Pure: text in, model
 * out; never throws for bad input.
 */
export interface FormatAdapter {
  id: string;
  /** `path`: a format that owns the path reads it; `content`: the shared reader of formats found by content. */
  claim: 'path' | 'content';
  /** What the file is read as, for the note when its parser fails ("could not be read as …"). */
  description: string;
  parse: (file: string, text: string, context: ParseContext) => FileModel;
  /** How many nodes the parser would build, counted without parsing (stops past `limit`); `nodeEstimate` by default. */
  estimateNodes?: (text: string, limit: number) => number;
  /**
   * Rules a file out from its raw bytes before it is decoded (a native substring search), for formats
   * that take many files of which few matter: a word every document of the format holds. UTF-16 files
   * always go on to decoding.
   */
  mayMatter?: (bytes: Buffer) => boolean;
  /**
   * Loads what the parser needs (a WebAssembly grammar), once, when a parse of the format first throws
   * `ParserNotLoaded`; the file is then parsed again.
   */
  prepare?: () => Promise<void>;
}

/** What every format of the registry declares. */
interface FormatDeclaration {
  /** Also the format's file name, `src/formats/<id>.ts`. */
  id: string;
  /** The format's name in the README's "What it reads" table. */
  title: string;
  description: string;
  /** The paths the format reads, decided by path alone so discovery can skip files without reading them. */
  matches: (path: string) => boolean;
  /** As `FormatAdapter.mayMatter`; for a format found by content, the shared reader asks each of them. */
  mayMatter?: (bytes: Buffer) => boolean;
  /** The format's cross-file step, run once over every file's model (Kubernetes `envFrom`, Terraform regions). */
  join?: ModelJoin;
}

/** A format whose path alone says a file is of it (workflows, Terraform, .env), and no two such formats claim one path: it reads its files itself. */
export interface PathFormat extends FormatDeclaration, FormatAdapter {
  claim: 'path';
}

/**
 * A format that lives in YAML or JSON files of any name (CloudFormation, Kubernetes, Compose, Serverless).
 * It has no reader of its own: the files no format claims by path are parsed once by the shared content
 * reader (`adapterFor`), which gives each document to the format that `recognises` it, and `readDocument`
 * reads it into the file's builder. No document is recognised by two formats.
 */
export interface ContentFormat extends FormatDeclaration, DocumentFormat {
  claim: 'content';
}

/** One line of the format registry. */
export type Format = PathFormat | ContentFormat;
