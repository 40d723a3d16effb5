/** Where the server writes what happened: the console in production, nothing in tests. */
export interface Logger {
  info(message: string): void;
  warn(message: string, error?: unknown): void;
  error(message: string, error?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.log(message),
  warn: (message, error) => console.warn(message, ...(error === undefined ? [] : [error])),
  error: (message, error) => console.error(message, ...(error === undefined ? [] : [error])),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
