// Rule codes cross the process boundary in code-action commands: only kebab-case codes pass.

export function isRuleCode(code: unknown): code is string {
  return typeof code === 'string' && code.length <= 60 && /^[a-z]+(?:-[a-z]+)*$/.test(code);
}
