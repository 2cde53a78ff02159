/**
 * How every CLI ends: runs its main function, which returns the exit code (or nothing, for
 * success), and turns an error it throws into one line `<name>: <message>` and exit code 1,
 * without a stack trace a reader of the terminal does not need.
 */
export async function runCli(
  name: string,
  main: () => number | void | Promise<number | void>,
): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (e) {
    console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
