import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { WarmUpEvent, WarmUpResult } from '../http/router';
import type { FunctionInvoker } from './warm-functions';

/** The Lambda API's synchronous invoke; a function error (or no answer) is a failure. */
export function makeLambdaInvoker(client = new LambdaClient({})): FunctionInvoker {
  return {
    async invoke(functionName: string, event: WarmUpEvent): Promise<WarmUpResult> {
      const answer = await client.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: 'RequestResponse',
          Payload: new TextEncoder().encode(JSON.stringify(event)),
        }),
      );
      const text = answer.Payload ? new TextDecoder().decode(answer.Payload) : '';
      if (answer.FunctionError)
        throw new Error(`${functionName}: ${answer.FunctionError} ${text.slice(0, 500)}`);
      return JSON.parse(text) as WarmUpResult;
    },
  };
}
