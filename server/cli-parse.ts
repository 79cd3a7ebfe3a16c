// Shared parsing for the operator commands: strict node:util parseArgs with --data and
// --help everywhere, amounts, and opening the data folder for the length of one command.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { intArg, UsageError } from './cli-args';
import { defaultDataDir } from './data-dir';
import { openOperator, type OperatorOps } from './operator';

type Options = NonNullable<ParseArgsConfig['options']>;
const COMMON: Options = { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
export const AMOUNTS: Options = { llm: { type: 'string' }, embedding: { type: 'string' } };

export function parse(args: string[], extra: Options = {}) {
  try {
    return parseArgs({
      args,
      options: { ...COMMON, ...extra },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export type Parsed = ReturnType<typeof parse>;
export const str = (p: Parsed, k: string): string | undefined => {
  const v = p.values[k];
  return typeof v === 'string' ? v : undefined;
};

export function amounts(p: Parsed): { llm?: number; embedding?: number } {
  const llm = intArg('llm', str(p, 'llm'));
  const embedding = intArg('embedding', str(p, 'embedding'));
  if (llm === undefined && embedding === undefined) {
    throw new UsageError('Give --llm N and/or --embedding N.');
  }
  return {
    ...(llm !== undefined ? { llm } : {}),
    ...(embedding !== undefined ? { embedding } : {}),
  };
}

/** Runs one operator command against the data folder. */
export async function withOps<T>(p: Parsed, f: (ops: OperatorOps) => T | Promise<T>): Promise<T> {
  const opened = openOperator(str(p, 'data') ?? defaultDataDir());
  try {
    return await f(opened.ops);
  } finally {
    opened.close();
  }
}
