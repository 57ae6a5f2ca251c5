import { translation } from '../catalog.js';
import { check as english } from '../en/check.js';

export const check = translation('ru', english, {});
