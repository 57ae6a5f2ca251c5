import { translation } from '../catalog.js';
import { calibrate as english } from '../en/calibrate.js';

export const calibrate = translation('el', english, {});
