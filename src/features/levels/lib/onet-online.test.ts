import { onetOnlineHref } from './onet-online';

describe('onetOnlineHref', () => {
  it('links to the occupation’s summary on O*NET OnLine by its SOC code', () => {
    expect(onetOnlineHref('43-4171.00')).toBe('https://www.onetonline.org/link/summary/43-4171.00');
  });
});
