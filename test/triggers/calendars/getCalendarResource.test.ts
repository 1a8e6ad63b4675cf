import { highLevel, run } from '../../helpers';

describe('get_calendar_resource (Get Calendar Resource)', () => {
  it('asks GET /calendars/resources/{resourceType}/{id}; the record id is the one asked for', async () => {
    const scope = highLevel('2021-04-15')
      .get('/calendars/resources/equipments/eq1')
      .reply(200, { name: 'Projector', resourceType: 'equipments', quantity: 2, isActive: true });

    const items = await run<Array<Record<string, unknown>>>('triggers', 'get_calendar_resource', { resourceType: 'equipments', id: 'eq1' });

    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ resourceId: 'eq1', name: 'Projector', quantity: 2 });
    expect(String(items[0]?.id)).toMatch(/^eq1:[0-9a-f]{12}$/);
    scope.done();
  });

  it('requires the resource type, before any request', async () => {
    await expect(run('triggers', 'get_calendar_resource', { id: 'eq1' })).rejects.toThrow(/Resource Type \(resourceType\) is required/);
  });
});
