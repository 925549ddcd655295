package org.issa.matching.names;

/**
 * A phonetic skeleton of a folded name token: the first letter, then the consonants with common
 * transliteration variants merged (x/ks, ph/f, ck/c/k/q, w/v, z/s, j/y/dj/dzh, kh/h, gh/g, th/t)
 * and doubled letters collapsed, vowels dropped. Mohammed, Muhammad, Mohamed → "mhmd";
 * Aleksandr, Alexander → "alksndr". Used as a candidate key and as a similarity level, never as a
 * match on its own.
 */
public final class Skeleton {

    private Skeleton() {
    }

    public static String of(String token) {
        int n = token.length();
        if (n == 0) {
            return token;
        }
        StringBuilder b = new StringBuilder(n);
        char first = token.charAt(0);
        int startAt = 1;
        if (n > 2 && token.charAt(1) == 'h' && (first == 'p' || first == 'k' || first == 't')) {
            first = first == 'p' ? 'f' : first == 'k' ? 'h' : 't'; // ph, kh, th at the start
            startAt = 2;
        }
        b.append(isVowel(first) ? 'a' : map(first));
        char last = b.charAt(0);
        for (int i = startAt; i < n; i++) {
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            String emit;
            if (isVowel(c) || c == 'y' && i > 0) {
                last = 0;
                continue;
            }
            if (c == 'x') {
                emit = "ks";
            } else if ((c == 'p' && next == 'h')) {
                emit = "f";
                i++;
            } else if (c == 'k' && next == 'h') {
                emit = "h";
                i++;
            } else if (c == 'g' && next == 'h') {
                emit = "g";
                i++;
            } else if (c == 't' && next == 'h') {
                emit = "t";
                i++;
            } else if (c == 'd' && next == 'j') {
                emit = "j";
                i++;
            } else if (c == 'c' && next == 'k') {
                emit = "k";
                i++;
            } else if (c == 'h' && i > 0 && !isVowel(token.charAt(i - 1)) && token.charAt(i - 1) != 'h') {
                continue; // "sh", "ch", "dh": h after a consonant adds nothing
            } else {
                emit = String.valueOf(map(c));
            }
            for (int k = 0; k < emit.length(); k++) {
                char e = emit.charAt(k);
                if (e != last) {
                    b.append(e);
                    last = e;
                }
            }
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static char map(char c) {
        return switch (c) {
            case 'c', 'q' -> 'k';
            case 'w' -> 'v';
            case 'z' -> 's';
            case 'y' -> 'j';
            default -> c;
        };
    }
}
