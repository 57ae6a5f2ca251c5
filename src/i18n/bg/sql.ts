import { translation } from '../catalog.js';
import { sql as english } from '../en/sql.js';

export const sql = translation('bg', english, {});
