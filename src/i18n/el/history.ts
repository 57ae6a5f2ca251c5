import { translation } from '../catalog.js';
import { history as english } from '../en/history.js';

export const history = translation('el', english, {});
