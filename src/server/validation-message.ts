/**
 * Schema validation failures in words: "title: must not be empty", not "body/title must NOT have fewer
 * than 1 characters". The field is named the way the API names it (dotted path).
 */
interface ValidationIssue {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

export function describeValidation(
  issues: readonly ValidationIssue[],
  context: string | undefined,
): { field: string; message: string } {
  const issue = issues[0];
  if (!issue) return { field: '', message: `${context ?? 'request'}: invalid` };
  const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params = issue.params;
  const join = (base: string, name: unknown) => (base ? `${base}.${String(name)}` : String(name));
  switch (issue.keyword) {
    case 'required':
      return { field: join(path, params.missingProperty), message: 'is required' };
    case 'additionalProperties':
      return { field: join(path, params.additionalProperty), message: 'is not a field of this request' };
    case 'minLength':
      return {
        field: path,
        message:
          params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters`,
      };
    case 'maxLength':
      return { field: path, message: `must be at most ${String(params.limit)} characters` };
    case 'format':
      return {
        field: path,
        message:
          params.format === 'date'
            ? 'must be a calendar date, YYYY-MM-DD'
            : params.format === 'uuid'
              ? 'must be an id'
              : `must be a ${String(params.format)}`,
      };
    case 'enum':
      return {
        field: path,
        message: `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'const':
      return { field: path, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { field: path, message: `must be ${article(String(params.type))}` };
    case 'minimum':
    case 'maximum':
      return {
        field: path,
        message: `must be ${issue.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`,
      };
    case 'minItems':
      return {
        field: path,
        message: `must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
      };
    case 'maxItems':
      return { field: path, message: `must have at most ${String(params.limit)} items` };
    default:
      return { field: path, message: issue.message ?? 'is not valid' };
  }
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'object' || type === 'array') return `an ${type}`;
  return `a ${type}`;
}
