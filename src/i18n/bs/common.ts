import { translation } from '../catalog.js';
import { common as english } from '../en/common.js';

export const common = translation('bs', english, {
  unknownLanguage: '--lang {given}: clientfit ne govori ovaj jezik (podržani: {supported})',
  didYouMean: ' (možda ste mislili "{word}"?)',
});
