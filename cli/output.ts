// Terminal output: colours only on a TTY without NO_COLOR, quota bars, and the two
// streams (results on stdout, warnings and errors on stderr) behind one small type.
import type { QuotaView } from '../common/snapshot';

export interface Output {
  color: boolean;
  out(line: string): void;
  err(line: string): void;
}

export function terminalOutput(noColorFlag: boolean): Output {
  const env = process.env.NO_COLOR;
  const color = process.stdout.isTTY === true && !noColorFlag && (env === undefined || env === '');
  return {
    color,
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
  };
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
export type Style = keyof typeof CODES;

export function paint(o: Output, style: Style, text: string): string {
  return o.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
}

const count = new Intl.NumberFormat('en-US');
export const BAR_WIDTH = 24;

/** The colour of a quota: green, yellow from 80 %, red from 95 %. */
export function levelStyle(percent: number): Style {
  if (percent >= 95) return 'red';
  if (percent >= 80) return 'yellow';
  return 'green';
}

/** `LLM        [#####·········]  150 / 1,000  15 %  850 left` */
export function quotaLine(o: Output, name: string, q: QuotaView): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round((q.percentUsed / 100) * BAR_WIDTH)));
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  const numbers = `${count.format(q.current)} / ${count.format(q.limit)}`;
  const percent = `${Math.floor(q.percentUsed)} %`;
  return `${name.padEnd(10)} ${paint(o, levelStyle(q.percentUsed), `[${bar}]`)}  ${numbers.padStart(15)}  ${percent.padStart(5)}  ${count.format(q.remaining)} left`;
}
