package no.smartmat.console.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
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
