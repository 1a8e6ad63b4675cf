import type { Search } from 'zapier-platform-core';
import findAppointment from './findAppointment';

export default [findAppointment] satisfies Search[];
