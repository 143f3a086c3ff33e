/** The Content-Security-Policy is in every build and never in `astro dev`, whose own inline styles it would block. */
import { afterEach, describe, expect, it } from 'vitest';
import { devWithoutPolicy } from '../../../src/publish/dev-policy';
import { DEV_SERVER_ENV, sendsPolicy } from '../../../src/site/csp';

type Setup = (o: { command: string }) => void;
const setup = (command: string) => (devWithoutPolicy().hooks['astro:config:setup'] as unknown as Setup)({ command });

afterEach(() => {
  delete process.env[DEV_SERVER_ENV];
});

describe('the policy and the dev server', () => {
  it('a build sends the policy, whatever NODE_ENV says', () => {
    setup('build');
    expect(sendsPolicy()).toBe(true);
  });
  it('astro dev does not', () => {
    setup('dev');
    expect(sendsPolicy()).toBe(false);
  });
});
