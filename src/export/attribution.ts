/**
 * Where the names and codes of places and the boundaries come from, and the notices that
 * must travel with any file that carries them (about page, /data/README.txt, /data/LICENSE.txt).
 */

/** The attribution line of the place names and SOATO codes (../shared/reference/README). */
export const NAMES_ATTRIBUTION =
  'Names and codes: SOATO classifier of the State Statistics Committee of Uzbekistan, April 2021 edition via uzsoato_registry (MIT, © 2021 Pavel Tanchev); Koʻkdala tumani from the Digital Health Platform code list, © Uzinfocom / Ministry of Health of Uzbekistan, CC BY 4.0.';

/** The attribution line of the boundary file (never committed; read at build time). */
export const BOUNDARIES_ATTRIBUTION = 'Boundaries: OCHA ROCCA / geoBoundaries (CC BY 3.0 IGO).';

/** The MIT notice of uzsoato_registry, which its licence requires in every copy of the names. */
export const SOATO_MIT_NOTICE = `MIT License

Copyright (c) 2021, Pavel Tanchev

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;
