import { translation } from '../catalog.js';
import { batch as english } from '../en/batch.js';

export const batch = translation('ru', english, {});
