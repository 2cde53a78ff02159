/**
 * Readable, diff-friendly JSON: the top level indented by two spaces and one item of
 * the main list per line, so a changed value shows up as a one-line diff.
 */
export function formatListFile(top: Record<string, unknown>, listKey: string): string {
  const lines = Object.entries(top).map(([key, value]) => {
    if (key !== listKey) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (!Array.isArray(value)) throw new TypeError(`"${key}" is not a list`);
    if (value.length === 0) return `  ${JSON.stringify(key)}: []`;
    return `  ${JSON.stringify(key)}: [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
