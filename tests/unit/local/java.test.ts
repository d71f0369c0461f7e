import { describe, expect, it } from 'vitest';
import { assertJava, JAVA_INSTALL_HINT } from '../../../local/services/java';

describe('the Java check before DynamoDB Local starts', () => {
  it('fails at once with one line naming the install command when Java is missing', () => {
    const check = () => assertJava('java-that-is-not-installed');

    expect(check).toThrowError(JAVA_INSTALL_HINT);
    try {
      check();
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('passes when the machine has Java 17 or newer', () => {
    expect(() => assertJava()).not.toThrow();
  });
});
