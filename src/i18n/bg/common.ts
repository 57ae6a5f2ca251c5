import { translation } from '../catalog.js';
import { common as english } from '../en/common.js';

export const common = translation('bg', english, {
  unknownLanguage: '--lang {given}: clientfit не поддържа този език (поддържани: {supported})',
  didYouMean: ' (може би "{word}"?)',
});
