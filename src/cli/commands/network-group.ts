import type { Command } from 'commander';

/** The `ties network` command, shared by the verbs that register under it (one file each). */
export function networkCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'network') ??
    program.command('network').description('tend your network: tie strength, clean-up review, exposure')
  );
}

/** Commander option parser for a non-negative integer. */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${value}`);
  return n;
}
