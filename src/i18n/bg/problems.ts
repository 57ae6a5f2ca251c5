import { translation } from '../catalog.js';
import { problems as english } from '../en/problems.js';

export const problems = translation('bg', english, {});
