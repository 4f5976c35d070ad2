package no.smartmat.console.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import no.smartmat.console.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The language of the command line: {@code --lang nb|en}, Bokmål by default, as in the window. picocli's own texts
 * (usage headings, option descriptions) come from the {@code i18n/help} bundle, its error messages from
 * {@link UsageErrors}; both read the language before the rest of the command line is understood, since a help
 * request or a usage error can come before the command line parses at all.
 */
final class CliLanguage {

    static final String HELP_BUNDLE = "i18n/help";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CliLanguage() {}

    /** {@code --lang}'s converter. */
    static Locale parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "nb", "no", "nob", "nb-no", "norsk" -> Messages.NORWEGIAN;
            case "en", "eng", "english" -> Messages.ENGLISH;
            default -> throw new TypeConversionException(text);
        };
    }

    /** The language asked for in {@code args}, read without parsing them (they may not parse). */
    static Locale of(String[] args) {
        Locale found = Messages.NORWEGIAN;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    found = parse(value);
                } catch (TypeConversionException e) {
                    // reported as a usage error in the default language
                }
            }
        }
        return found;
    }

    static ResourceBundle help(Locale locale) {
        return ResourceBundle.getBundle(HELP_BUNDLE, locale, CliLanguage.class.getClassLoader(), NO_FALLBACK);
    }

    /** Usage help of {@code cl} and every sub-command in {@code locale}. */
    static void apply(CommandLine cl, Locale locale) {
        ResourceBundle bundle = help(locale);
        cl.setResourceBundle(bundle);
        cl.setHelpFactory((spec, colors) -> new Help(spec, colors) {
            @Override
            public IParamLabelRenderer parameterLabelRenderer() {
                IParamLabelRenderer standard = super.parameterLabelRenderer();
                return new IParamLabelRenderer() {
                    @Override
                    public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
                        String plain = standard.renderParameterLabel(arg, ansi, styles).plainString();
                        return ansi.new Text(plain.replace(arg.paramLabel(), label(bundle, arg.paramLabel())), colorScheme());
                    }

                    @Override
                    public String separator() {
                        return standard.separator();
                    }
                };
            }
        });
    }

    /** A parameter label ({@code DATE}, {@code FILE}) in the help bundle's language. */
    static String label(ResourceBundle bundle, String label) {
        String key = "label." + label;
        return bundle.containsKey(key) ? bundle.getString(key) : label;
    }

    /** How an option or parameter is written in a message: {@code --date DATO}, {@code FIL}, {@code --dry-run}. */
    static String describe(ArgSpec arg, ResourceBundle bundle) {
        String label = label(bundle, arg.paramLabel());
        if (arg instanceof OptionSpec option) {
            return option.longestName() + (option.typeInfo().isBoolean() || option.arity().max() == 0 ? "" : " " + label);
        }
        return label;
    }
}
