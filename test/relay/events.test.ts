import { eventTypeOf, isRelayEvent, isUninstall, locationOf } from '../../relay/src/events';

/** How the relay reads a HighLevel webhook body (relay/src/events.ts). */

describe('eventTypeOf', () => {
  it.each([
    [{ type: 'ContactCreate' }, 'ContactCreate'],
    // docs/webhook events/InvoicePaid.md has no `type`: a paid invoice is InvoicePaid, also when `type` is empty.
    [{ invoiceNumber: '19', status: 'paid' }, 'InvoicePaid'],
    [{ type: '', invoiceNumber: '19', status: 'paid' }, 'InvoicePaid'],
    [{ invoiceNumber: '19', status: 'sent' }, undefined],
    [{ status: 'paid' }, undefined],
    [{ type: 7 }, undefined],
    [{}, undefined],
  ])('%j is %s', (payload, type) => {
    expect(eventTypeOf(payload)).toBe(type);
  });
});

describe('locationOf', () => {
  it.each([
    [{ locationId: 'loc_1' }, 'loc_1'],
    // docs/webhook events/InvoicePaid.md, OrderCreate.md: altId names the sub-account when altType is location.
    [{ locationId: '', altType: 'location', altId: 'loc_1' }, 'loc_1'],
    [{ altType: 'company', altId: 'x' }, undefined],
    [{ locationId: 123 }, undefined],
    [{}, undefined],
  ])('%j is %s', (payload, location) => {
    expect(locationOf(payload)).toBe(location);
  });
});

describe('isUninstall', () => {
  it.each([
    [{ type: 'AppUninstall' }, true],
    [{ type: 'UNINSTALL' }, true],
    [{ type: 'AppInstall' }, false],
    [{ type: '' }, false],
    [{}, false],
  ])('%j: %s', (payload, uninstall) => {
    expect(isUninstall(payload)).toBe(uninstall);
  });
});

describe('isRelayEvent', () => {
  it.each([
    ['ContactCreate', true],
    ['TaskComplete', true],
    ['ContactDelete', false],
    ['', false],
    [7, false],
    [undefined, false],
  ])('%j: %s', (value, relayed) => {
    expect(isRelayEvent(value)).toBe(relayed);
  });
});
