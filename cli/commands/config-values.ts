// Turning `KEY=VALUE` words into config entries: JSON when the value parses (true, 0.7,
// "x", [1]), else the text itself; known keys checked by the shared rules, which name the
// key and the rule, never the value.
import { checkValue } from '../../common/config-keys';
import { fail, ok, type Result } from '../../common/result';
import type { ConfigData } from '../../common/users-api';

export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function parseAssignments(words: readonly string[]): Result<ConfigData> {
  if (words.length === 0) return fail('invalid_input', 'Give at least one KEY=VALUE.');
  const entries: [string, unknown][] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0) return fail('invalid_input', `"${word.slice(0, 40)}" is not KEY=VALUE.`);
    const key = word.slice(0, eq);
    const value = parseValue(word.slice(eq + 1));
    const problem = checkValue(key, value);
    if (problem) return fail('invalid_input', problem);
    entries.push([key, value]);
  }
  return ok(Object.fromEntries(entries));
}
