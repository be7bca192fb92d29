package org.packpress.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from the front sheet to pages of the pack. The front sheet is typeset before the pack exists,
 * so its contents entries carry a stand-in URI ({@code packpress:page/12}) that pack assembly
 * replaces with a jump to that pack page.
 */
public final class PackLinks {

    private static final String PREFIX = "packpress:page/";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");

    private PackLinks() {
    }

    public static String toPage(int page) {
        return PREFIX + page;
    }

    /** The pack page a stand-in link points at, or -1 if the URI is not one. */
    public static int pageOf(String uri) {
        Matcher m = uri == null ? null : LINK.matcher(uri);
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
