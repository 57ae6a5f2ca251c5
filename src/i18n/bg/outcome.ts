import { translation } from '../catalog.js';
import { outcome as english } from '../en/outcome.js';

export const outcome = translation('bg', english, {});
