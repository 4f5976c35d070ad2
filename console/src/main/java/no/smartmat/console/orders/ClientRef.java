package no.smartmat.console.orders;

/**
 * The client as an order file names them: the municipal client number when the supplier has it, and the
 * name and address the supplier delivers to (for matching when the number is missing or unknown, and for
 * creating the client from the preview). Empty strings where the file says nothing.
 */
public record ClientRef(String clientNumber, String name, String address, String postcode, String city) {

    public ClientRef {
        clientNumber = clean(clientNumber);
        name = clean(name);
        address = clean(address);
        postcode = clean(postcode);
        city = clean(city);
    }

    /** Orders naming the client the same way share one key, so one confirmation resolves all of them. */
    public String key() {
        return clientNumber + "|" + name + "|" + address + "|" + postcode;
    }

    public boolean isEmpty() {
        return clientNumber.isEmpty() && name.isEmpty() && address.isEmpty();
    }

    /** "K-10443 Astrid Hansen, Solveien 3, 1337 Sandvika" with what is known. */
    public String display() {
        StringBuilder s = new StringBuilder(clientNumber);
        if (!name.isEmpty()) {
            s.append(s.isEmpty() ? "" : " ").append(name);
        }
        String place = (postcode + " " + city).strip();
        String where = address.isEmpty() ? place : place.isEmpty() ? address : address + ", " + place;
        if (!where.isEmpty()) {
            s.append(s.isEmpty() ? "" : ", ").append(where);
        }
        return s.toString();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\u00a0]");

    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return SPACES.matcher(t).find() ? SPACES.matcher(t).replaceAll(" ") : t;
    }
}
