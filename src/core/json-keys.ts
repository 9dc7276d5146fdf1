/**
 * Every JSON Strongties reads or writes names its fields in camelCase (docs/json.md); the database
 * names its columns in snake_case. These convert a row's field names at that boundary, and only
 * there: the values are left as they are.
 */
export const camelName = (name: string): string =>
  name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export const snakeName = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const renamed =
  (rename: (name: string) => string) =>
  <T>(row: Readonly<Record<string, T>>): Record<string, T> =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [rename(k), v]));

export const camelKeys = renamed(camelName);
export const snakeKeys = renamed(snakeName);
