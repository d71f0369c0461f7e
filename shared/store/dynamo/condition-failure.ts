/**
 * A write refused by its condition. By the error's name, not `instanceof`: a second copy of the
 * SDK in a bundle (or a test's own client) has its own exception class.
 */
export const isConditionFailure = (error: unknown): error is Error =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';
