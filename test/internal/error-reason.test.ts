// errorReason: an error said in the kit's words (src/internal/requests.ts); the outcomes built
// on it are tested through RequestController (requests.test.ts).
import { expect } from '@open-wc/testing';
import {
  DisconnectedError,
  HostError,
  RateLimitedError,
  TimeoutError,
  ClosedError,
} from '../../src/bridge/errors.js';
import { en } from '../../src/i18n/en.js';
import { errorReason } from '../../src/internal/requests.js';

describe('errorReason', () => {
  const t = en.actions;
  it("names timeouts, disconnection and a closed bridge in the kit's words", () => {
    expect(errorReason(new TimeoutError('voice.hold', 10000), t)).to.equal(
      'The workspace did not answer within 10 s.',
    );
    expect(errorReason(new TimeoutError('voice.hold', 250), t)).to.equal(
      'The workspace did not answer within 0.3 s.',
    );
    expect(errorReason(new DisconnectedError('voice.hold', 'DISCONNECTED'), t)).to.match(
      /connection is down/,
    );
    expect(errorReason(new ClosedError('voice.hold'), t)).to.match(/closed/);
  });
  it('keeps the host\'s text on one line, without "Error:", as a sentence', () => {
    const rate = new RateLimitedError(
      'voice.dial',
      "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
      30,
      0,
    );
    expect(errorReason(rate, t)).to.equal(
      "The rate limit for the request 'voice.dial' has been reached. Further requests of the same type will be ignored for 30 seconds.",
    );
    expect(errorReason(new HostError('x', 'Error: nope'), t)).to.equal('nope.');
    expect(errorReason(new Error('boom'), t)).to.equal('boom.');
    expect(errorReason(undefined, t)).to.equal('An unexpected error occurred.');
  });
});
