import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { describe, expect, it } from 'vitest';
import { rememberVerifiedTokens } from '../../../local/gateway/verified-tokens';

const NOW = Date.UTC(2026, 10, 20, 8, 0, 0);
const payloadOf = (token: string, expSeconds: number) => ({ sub: token, exp: expSeconds }) as JwtPayload;

function verifierFor(expSeconds: number) {
  const checked: string[] = [];
  const verify = async (token: string) => {
    checked.push(token);
    if (token.startsWith('bad')) throw new Error('signature');
    return payloadOf(token, expSeconds);
  };
  return { checked, verify };
}

describe('rememberVerifiedTokens', () => {
  it('checks a token once while it is valid, and answers the same payload after', async () => {
    const { checked, verify } = verifierFor(NOW / 1000 + 3600);
    const remembered = rememberVerifiedTokens(verify, { now: () => NOW });
    const first = await remembered('a');
    const second = await remembered('a');
    expect(second).toBe(first);
    expect(checked).toEqual(['a']);
  });

  it('sends a token past its expiry back to the verifier, which decides', async () => {
    let now = NOW;
    const checked: string[] = [];
    const remembered = rememberVerifiedTokens(
      async (token) => {
        checked.push(token);
        if (now > NOW) throw new Error('expired');
        return payloadOf(token, NOW / 1000 + 60);
      },
      { now: () => now },
    );
    await remembered('a');
    now = NOW + 61_000;
    await expect(remembered('a')).rejects.toThrow('expired');
    expect(checked).toEqual(['a', 'a']);
  });

  it('never keeps a refusal', async () => {
    const { checked, verify } = verifierFor(NOW / 1000 + 3600);
    const remembered = rememberVerifiedTokens(verify, { now: () => NOW });
    await expect(remembered('bad')).rejects.toThrow('signature');
    await expect(remembered('bad')).rejects.toThrow('signature');
    expect(checked).toEqual(['bad', 'bad']);
  });

  it('keeps at most `max` tokens, letting the oldest go first', async () => {
    const { checked, verify } = verifierFor(NOW / 1000 + 3600);
    const remembered = rememberVerifiedTokens(verify, { now: () => NOW, max: 2 });
    for (const token of ['a', 'b', 'c', 'c', 'b', 'a']) await remembered(token);
    expect(checked).toEqual(['a', 'b', 'c', 'a']);
  });
});
