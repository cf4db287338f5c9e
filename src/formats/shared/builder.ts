import type {
  CredentialReference,
  CredentialUse,
  Destination,
  FileProblem,
  Sink,
  Span,
  ValueSource,
} from '../../model/references.js';
import type { FileModel } from '../../model/scan-model.js';

/** Collects one file's references, uses and problems, handing out ids that are unique within the file. */
export class ModelBuilder {
  private readonly references: CredentialReference[] = [];
  private readonly uses: CredentialUse[] = [];
  private readonly problems: FileProblem[] = [];

  constructor(
    readonly file: string,
    readonly format: string,
    /** Where a literal at `span` is written when it was read through a YAML alias. */
    private readonly aliasAt?: (span: Span) => { anchor: string; line: number } | undefined,
  ) {}

  reference(span: Span, source: ValueSource, sink: Sink): string {
    const id = `${this.file}#r${this.references.length + 1}`;
    const alias = source.type === 'literal' ? this.aliasAt?.(span) : undefined;
    const read: ValueSource = alias && source.type === 'literal' ? { ...source, alias } : source;
    this.references.push({ id, file: this.file, span, source: read, sink });
    return id;
  }

  use(label: string, span: Span, referenceIds: string[], destination: Destination): string {
    const id = `${this.file}#u${this.uses.length + 1}`;
    this.uses.push({ id, file: this.file, label, span, referenceIds: [...new Set(referenceIds)], destination });
    return id;
  }

  problem(message: string, span?: Span): void {
    this.problems.push(span ? { file: this.file, message, span } : { file: this.file, message });
  }

  addProblems(problems: FileProblem[]): void {
    this.problems.push(...problems);
  }

  build(): FileModel {
    return {
      file: this.file,
      format: this.format,
      references: this.references,
      uses: this.uses,
      problems: this.problems,
    };
  }
}

export function emptyDestination(): Destination {
  return { sesApi: false, awsApi: false, registry: false };
}
