package no.smartmat.console.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UI text. Each feature keeps its own bundle, named by the key's first segment: {@code clients.form.name}
 * lives in {@code i18n/clients.properties} (English) and {@code i18n/clients_nb.properties} (Bokmål), so
 * features add text without editing one shared file.
 */
public final class Messages {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern COUNT = Pattern.compile("\\{(\\d+),count,([a-zA-Z][a-zA-Z0-9]*)\\}");

    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = pattern(key);
        return args.length == 0 ? pattern : new MessageFormat(withCounts(pattern), locale).format(args);
    }

    /**
     * A number with its noun in the right form: «1 måling», «2 målinger», «0 målinger» ("1 reading", "2 readings").
     * {@code noun} names an entry of the {@code count} bundle ({@code count.reading=måling|målinger}). Messages
     * write the same as {@code {0,count,reading}}; this is the one place either is formatted.
     */
    public String count(long n, String noun) {
        return new MessageFormat(withCounts("{0,count," + noun + "}"), locale).format(new Object[] {n});
    }

    /**
     * {@code pattern} with each {@code {N,count,noun}} written out as the choice MessageFormat knows: singular for
     * exactly one, plural for everything else (zero too, in both languages). Public for the tests that check every
     * pattern of a bundle.
     */
    public String withCounts(String pattern) {
        if (!pattern.contains(",count,")) {
            return pattern;
        }
        Matcher m = COUNT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] forms = pattern("count." + m.group(2)).split("\\|", -1);
            if (forms.length != 2) {
                throw new MissingResourceException("count." + m.group(2) + " needs two forms, singular|plural", "", m.group(2));
            }
            String n = "{" + m.group(1) + ",number,integer} ";
            m.appendReplacement(out, Matcher.quoteReplacement("{" + m.group(1) + ",choice,0#" + n + forms[1]
                    + "|1#" + n + forms[0] + "|1<" + n + forms[1] + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A {@link UserMessage} among the arguments (the cause a message reports) is rendered in the same language. */
    public String render(UserMessage message) {
        return get(message.key(), message.args().stream().map(a -> a instanceof UserMessage m ? render(m) : a).toArray());
    }

    public boolean has(String key) {
        try {
            pattern(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new MissingResourceException("Message key without a feature prefix: " + key, "", key);
        }
        String bundleName = "i18n/" + key.substring(0, dot);
        ResourceBundle bundle = bundles.computeIfAbsent(bundleName,
                name -> ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK));
        return bundle.getString(key);
    }
}
