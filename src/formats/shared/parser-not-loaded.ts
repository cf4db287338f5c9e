/**
 * Thrown by a parse that needs a parser not loaded yet (tree-sitter's WebAssembly, which Terraform needs only
 * for what the fast HCL reader declines): the scan loads the format's parser (`FormatAdapter.prepare`) and
 * parses the file again, so a scan whose files the fast readers read never loads it.
 */
export class ParserNotLoaded extends Error {
  constructor(parser: string) {
    super(`the ${parser} parser is not loaded`);
    this.name = 'ParserNotLoaded';
  }
}
