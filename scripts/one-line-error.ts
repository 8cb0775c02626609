/** An error that prints as its message alone: the stack of the build tool would only bury it. */
export function oneLine(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}
