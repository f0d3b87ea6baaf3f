/**
 * Text folding for place search: what people type and what a registry
 * writes become comparable strings. Pure functions, no DOM.
 */
/** Lower case, ё as е, every run of punctuation, quotes and hyphens as one space. */
export function fold(text) {
    return text
        .toLowerCase()
        .replace(/ё/g, 'е')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
const LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./~{}:\"<>";
const CYRILLIC_KEYS = 'ёйцукенгшщзхъфывапролджэячсмитьбю.ёхъжэбю';
const LAYOUT = new Map([...LATIN_KEYS].map((key, i) => [key, CYRILLIC_KEYS[i] ?? key]));
/**
 * What the keys of a query typed with the Latin layout on would have given
 * with the Russian one: "lth,tyn" → "дербент".
 */
export function fromLatinLayout(text) {
    return [...text.toLowerCase()].map((char) => LAYOUT.get(char) ?? char).join('');
}
const ROMAN = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
    ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e',
    ю: 'yu', я: 'ya',
};
/**
 * A Latin skeleton that the usual romanizations of one name share:
 * "Махачкала", "Makhachkala" and "Mahachkala" all give "mahackala";
 * "Хасавюрт", "Khasavyurt" and "Hasavjurt" all give "hasaviurt".
 */
export function latinSkeleton(text) {
    const roman = [...fold(text)].map((char) => ROMAN[char] ?? char).join('');
    return roman
        .replace(/\s+/g, '')
        .replace(/sch|shch/g, 's')
        .replace(/kh/g, 'h')
        .replace(/zh/g, 'z')
        .replace(/ts|tz|ch|c/g, 'c')
        .replace(/sh/g, 's')
        .replace(/[yj]/g, 'i')
        .replace(/w/g, 'v')
        .replace(/q/g, 'k')
        .replace(/x/g, 'ks')
        .replace(/(.)\1+/g, '$1');
}
export const hasLatin = (text) => /[a-z]/i.test(text);
/**
 * Edit distance with adjacent swaps (optimal string alignment), giving up
 * as soon as it exceeds `max`: then it returns `max + 1`.
 */
export function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let before = new Array(b.length + 1).fill(0);
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    let current = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
        current[0] = i;
        let rowBest = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, before[j - 2] + 1);
            }
            current[j] = value;
            rowBest = Math.min(rowBest, value);
        }
        if (rowBest > max)
            return max + 1;
        [before, previous, current] = [previous, current, before];
    }
    return previous[b.length];
}
