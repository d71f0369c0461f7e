/** The part of Cognito's PostConfirmation event the trigger reads. */
export interface PostConfirmationEvent {
  readonly triggerSource: string;
  readonly userPoolId: string;
  readonly userName: string;
}

/**
 * After a forgotten password is reset, every session of that user ends: whoever held one (the
 * reason a password is often reset) can no longer renew it. Cognito does not do this by itself; a
 * confirmed sign-up (the other PostConfirmation source) is left alone, and the event is returned
 * as Cognito requires.
 */
export async function endSessionsAfterReset<E extends PostConfirmationEvent>(
  event: E,
  signOutEverywhere: (userPoolId: string, username: string) => Promise<unknown>,
): Promise<E> {
  if (event.triggerSource === 'PostConfirmation_ConfirmForgotPassword')
    await signOutEverywhere(event.userPoolId, event.userName);
  return event;
}
