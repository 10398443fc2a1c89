package io.claimgateway.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL as logs and the health answer may show it: credentials written into the URL (user
 * info before a host, {@code user}/{@code password} parameters, H2's {@code ;PASSWORD=} settings)
 * are masked, so an operator sees which store is used and never how to log in to it.
 */
public final class StoreUrl {

    static final String MASK = "***";

    /** {@code //user:password@host}, and Oracle's {@code thin:user/password@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(//|thin:)[^/@?;]*(?:[:/][^@?;]*)?@");
    /** A {@code name=value} setting after {@code ?}, {@code &} or {@code ;}. */
    private static final Pattern SETTING = Pattern.compile("([?&;])([^=&;?]+)=([^&;]*)");

    private StoreUrl() {
    }

    public static String withoutCredentials(String jdbcUrl) {
        String url = USER_INFO.matcher(jdbcUrl).replaceFirst("$1" + MASK + "@");
        Matcher setting = SETTING.matcher(url);
        StringBuilder masked = new StringBuilder();
        while (setting.find()) {
            String value = secret(setting.group(2)) ? MASK : setting.group(3);
            setting.appendReplacement(masked, Matcher.quoteReplacement(setting.group(1) + setting.group(2) + "=" + value));
        }
        setting.appendTail(masked);
        return masked.toString();
    }

    private static boolean secret(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return key.equals("user") || key.equals("username") || key.contains("password") || key.contains("passwd")
                || key.equals("pwd") || key.contains("secret") || key.contains("token") || key.contains("key");
    }
}
