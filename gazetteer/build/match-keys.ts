// Keys for deciding that two sources name the same place. Not the matcher's normalisation
// (that lives in src/text/): these are deliberately loose, because a name match is only ever
// accepted together with a short distance.

const TASHKEEL = /[\u064B-\u065F\u0670\u0640]/g;

/** Arabic without vowel marks or tatweel, for storing names (`عَمّان` → `عمان`). */
export function stripTashkeel(name: string): string {
  return name.replace(TASHKEEL, '');
}

/** Arabic key: unified alifs/ya/ta marbuta, no article, no spaces (`البو كمال` = `البوكمال` = `بوكمال`). */
export function arabicKey(name: string): string {
  return stripTashkeel(name)
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/(^|\s)ال/g, '$1')
    .replace(/\s+/g, '');
}

/**
 * Latin consonant skeleton: `Saraqib`, `Saraqab` → `srkb`; `Douma`, `Duma` → `dm`. Articles,
 * vowels, apostrophes and doubled letters are dropped and near-equivalent spellings unified.
 */
export function latinKey(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/\b(al|el|ar|er|as|es|ad|ed|at|et|ath|az|an|ash|adh)[\s-]+/g, '')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/th|dh/g, 't')
    .replace(/ph/g, 'f')
    .replace(/[qc]/g, 'k')
    .replace(/[^a-z]/g, '');
  const first = s.slice(0, 1);
  return (first + s.slice(1).replace(/[aeiouyw]/g, '')).replace(/(.)\1+/g, '$1');
}
