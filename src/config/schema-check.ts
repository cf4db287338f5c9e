export interface SchemaError {
  keyword: string;
  /** JSON pointer to the value: `/ignore/0/rules`. */
  instancePath: string;
  params: Record<string, unknown>;
}

export interface Schema {
  type?: string;
  enum?: readonly unknown[];
  properties?: Readonly<Record<string, Schema>>;
  additionalProperties?: boolean;
  required?: readonly string[];
  items?: Schema;
  anyOf?: readonly Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  pattern?: string;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * Checks a value against the subset of JSON Schema (draft 7) that the config schema uses: type, enum,
 * properties, additionalProperties: false, required, items, anyOf, minLength, maxLength, minimum,
 * exclusiveMinimum, maximum, pattern. One pass over the value; every error is kept. A general validator (ajv)
 * cost the CLI about half a second of start-up, for a file most repositories do not have.
 */
export function checkSchema(schema: Schema, value: unknown, path = ''): SchemaError[] {
  const errors: SchemaError[] = [];
  const fail = (keyword: string, params: Record<string, unknown> = {}) =>
    errors.push({ keyword, instancePath: path, params });
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    fail('type', { type: schema.type });
    return errors;
  }
  if (schema.enum && !schema.enum.includes(value)) fail('enum', { allowedValues: schema.enum });
  if (schema.anyOf) {
    const branches = schema.anyOf.map((branch) => checkSchema(branch, value, path));
    if (branches.every((branchErrors) => branchErrors.length > 0)) {
      errors.push(...branches.flat());
      fail('anyOf');
    }
  }
  if (typeof value === 'string') {
    // Lengths in code points, as JSON Schema counts them.
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) fail('minLength', { limit: schema.minLength });
    if (schema.maxLength !== undefined && length > schema.maxLength) fail('maxLength', { limit: schema.maxLength });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern', { pattern: schema.pattern });
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail('minimum', { limit: schema.minimum });
    if (schema.maximum !== undefined && value > schema.maximum) fail('maximum', { limit: schema.maximum });
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
      fail('exclusiveMinimum', { limit: schema.exclusiveMinimum });
  }
  if (Array.isArray(value) && schema.items) {
    const items = schema.items;
    value.forEach((item, index) => errors.push(...checkSchema(items, item, pointer(path, index))));
  }
  if (typeOf(value) === 'object' && typeof value === 'object' && value !== null) {
    const record = Object.fromEntries(Object.entries(value));
    for (const key of schema.required ?? []) if (!(key in record)) fail('required', { missingProperty: key });
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (property) errors.push(...checkSchema(property, item, pointer(path, key)));
      else if (schema.additionalProperties === false) fail('additionalProperties', { additionalProperty: key });
    }
  }
  return errors;
}
