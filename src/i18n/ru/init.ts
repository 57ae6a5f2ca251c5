import { translation } from '../catalog.js';
import { init as english } from '../en/init.js';

export const init = translation('ru', english, {});
