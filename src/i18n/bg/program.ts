import { translation } from '../catalog.js';
import { program as english } from '../en/program.js';

export const program = translation('bg', english, {});
