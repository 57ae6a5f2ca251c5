import { translation } from '../catalog.js';
import { score as english } from '../en/score.js';

export const score = translation('bs', english, {});
