import {
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { endSessionsAfterReset } from '../shared/users/end-sessions';

// The user pool's PostConfirmation trigger, not an API route: the event comes from Cognito.
const client = new CognitoIdentityProviderClient({
  region: process.env.AWS_REGION,
  ...(process.env.COGNITO_ENDPOINT ? { endpoint: process.env.COGNITO_ENDPOINT } : {}),
});

export const handler = (event: PostConfirmationTriggerEvent) =>
  endSessionsAfterReset(event, (userPoolId, username) =>
    client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username })),
  );
