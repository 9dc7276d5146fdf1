import { fileURLToPath } from 'node:url';

/**
 * `dist/web` of the installed package. This file sits two levels below the package root both as
 * source (`src/server/`) and compiled (`dist/server/`).
 */
export const defaultWebRoot = (): string => fileURLToPath(new URL('../../dist/web/', import.meta.url));
