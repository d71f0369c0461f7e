import {
  CognitoIdentityProviderClient,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { describe, expect, inject, it } from 'vitest';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

describe('the embedded local services', () => {
  it('answers DynamoDB calls through the real AWS SDK', async () => {
    const client = new DynamoDBClient({ endpoint: inject('dynamodbEndpoint'), region: 'local', credentials });

    const result = await client.send(new ListTablesCommand({}));

    expect(Array.isArray(result.TableNames)).toBe(true);
  });

  it('accepts an email through SES and keeps it in its store', async () => {
    const endpoint = inject('sesEndpoint');
    const client = new SESClient({ endpoint, region: 'local', credentials });
    const subject = `Thử nghiệm ${Date.now()}`;

    await client.send(
      new SendEmailCommand({
        Source: 'tdkt@example.gov.vn',
        Destination: { ToAddresses: ['can-bo@example.gov.vn'] },
        Message: { Subject: { Data: subject }, Body: { Text: { Data: 'Nội dung' } } },
      }),
    );
    const store = (await (await fetch(`${endpoint}/store`)).json()) as { emails: { subject: string }[] };

    expect(store.emails.map((e) => e.subject)).toContain(subject);
  });

  it('answers Cognito identity-provider calls', async () => {
    const client = new CognitoIdentityProviderClient({
      endpoint: inject('cognitoEndpoint'),
      region: 'local',
      credentials,
    });

    const result = await client.send(new ListUserPoolsCommand({ MaxResults: 10 }));

    expect(Array.isArray(result.UserPools)).toBe(true);
  });
});
