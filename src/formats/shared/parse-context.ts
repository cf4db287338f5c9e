import type { NameClassifier } from '../../model/references.js';

/** What every format's reader is given besides the file: the scan's settings that change how names read. */
export interface ParseContext {
  /** The name classifier, with the user's extra rows from the config file. */
  classifyName: NameClassifier;
  /** Whether the text layer, which reads every file before its parser, found credential literals in it. */
  literalsInText?: boolean;
  /** The most nodes a YAML file's aliases may stand for, expanded (`max-aliases`); the default limit when absent. */
  maxAliases?: number;
}
