/** The file cannot be read as an annex: the CLI stops with exit code 2. */
export class ReadError extends Error {}
