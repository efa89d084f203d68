package org.civility.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A list of passwords too common to allow, compared without regard to case. {@link #shipped()} is the list in
 * {@code common-passwords.txt} beside this class: the 10,000 most frequent passwords of the common-password list of
 * zxcvbn-ts ({@code @zxcvbn-ts/language-common} 4.1.3, MIT licence, itself drawn from leaked-password corpora), every
 * further entry of that list with 10 or more characters (those a 10-character minimum would not already refuse), and
 * a few number and pinyin patterns well known among Chinese users. Lines starting with {@code #} are comments.
 */
public final class CommonPasswords {

    /** The shipped list's resource, relative to this class. */
    public static final String RESOURCE = "common-passwords.txt";

    private static volatile CommonPasswords shipped;

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** The list shipped with Civility, read once. */
    public static CommonPasswords shipped() {
        CommonPasswords list = shipped;
        if (list == null) {
            synchronized (CommonPasswords.class) {
                list = shipped;
                if (list == null) {
                    list = read(CommonPasswords.class.getResourceAsStream(RESOURCE));
                    shipped = list;
                }
            }
        }
        return list;
    }

    /** A list of one's own (a locality's, say). */
    public static CommonPasswords of(Collection<String> passwords) {
        Set<String> set = new HashSet<>();
        passwords.forEach(p -> set.add(normal(p)));
        return new CommonPasswords(set);
    }

    /** Reads a list, one password a line, {@code #} comments and blank lines skipped; closes the stream. */
    public static CommonPasswords read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("The common-password list " + RESOURCE + " is missing from the classpath");
        }
        Set<String> set = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    set.add(normal(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CommonPasswords(set);
    }

    /** Whether {@code password} is on the list, ignoring case. */
    public boolean contains(CharSequence password) {
        return password != null && passwords.contains(normal(password.toString()));
    }

    public int size() {
        return passwords.size();
    }

    private static String normal(String password) {
        return password.toLowerCase(Locale.ROOT);
    }
}
