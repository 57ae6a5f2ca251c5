import { translation } from '../catalog.js';
import { result as english } from '../en/result.js';

export const result = translation('bs', english, {});
