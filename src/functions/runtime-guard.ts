// Runs first in the functions chunk. Outside Excel (preview mode, or office.js unreachable) there is no
// custom functions runtime: the CustomFunctions.associate calls that custom-functions-metadata-plugin
// appends to functions.ts must then do nothing, instead of stopping the page with a ReferenceError.
const host = globalThis as { CustomFunctions?: unknown };
host.CustomFunctions ??= { associate: () => undefined };

export {};
