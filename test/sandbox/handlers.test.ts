import { handlerFor, joinHandlers, type Handler } from '../../sandbox/handlers';

describe('sandbox handler tables', () => {
  const answer: Handler = () => ({ body: {} });

  it('joins tables by operationId', () => {
    const other: Handler = () => ({ body: { other: true } });
    expect(joinHandlers({ a: { 'list-a': answer }, b: { 'list-b': other } })).toEqual({ 'list-a': answer, 'list-b': other });
  });

  it('refuses an operationId served by two tables, naming both', () => {
    expect(() => joinHandlers({ events: { 'list-invoices': answer }, commerce: { 'list-invoices': answer } })).toThrow(
      'sandbox: list-invoices is served by both events and commerce',
    );
  });

  it('serves the invoice list from one store for Invoice Paid and Find Invoice alike', () => {
    // The events table's handler (sorted, windowed, searchable), not a second copy that shadows it.
    expect(handlerFor('list-invoices').name).toBe('invoices');
  });
});
