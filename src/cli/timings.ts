// The phase timings a `faithful` process reports on stderr when FAITHFUL_TIMINGS is set
// (src/cli/main.ts writes them; `npm run bench` and the tests read them).

/** What the timings line starts with. */
export const TIMINGS_PREFIX = 'faithful timings (ms since the process started): ';

/** Whether the environment asks for the timings line. */
export function timingsWanted(env: Readonly<Record<string, string | undefined>>): boolean {
  const v = env.FAITHFUL_TIMINGS;
  return v !== undefined && v !== '' && v !== '0';
}

/** The line for phases named in order, each with when it ended. */
export function formatTimings(marks: ReadonlyArray<readonly [string, number]>): string {
  return `${TIMINGS_PREFIX}${marks.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}\n`;
}

/** The phases of the timings line in `stderr` (phase name to milliseconds), or null when there is none. */
export function parseTimings(stderr: string): Map<string, number> | null {
  const line = stderr.split('\n').find((l) => l.startsWith(TIMINGS_PREFIX));
  if (line === undefined) return null;
  const phases = new Map<string, number>();
  for (const part of line.slice(TIMINGS_PREFIX.length).split(', ')) {
    const at = part.lastIndexOf(' ');
    const ms = Number(part.slice(at + 1));
    if (at <= 0 || !Number.isFinite(ms)) return null;
    phases.set(part.slice(0, at), ms);
  }
  return phases;
}
