package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.jooq.tables.records.ClientRecord;

/**
 * Order files waiting in the demo kitchen's import folder, so Ordreimport has something to show: a clean CSV
 * from a fruit-and-vegetable supplier for the next delivery day (its bags join the dinner stops), the same
 * supplier's file with typical mistakes, and two EHF despatch advices of one shipment.
 */
public final class OrderDemoFiles {

    private OrderDemoFiles() {}

    /** Writes the files into {@code folder}, the kitchen's import folder. */
    public static void create(Database db, Path folder, LocalDate today) {
        LocalDate day = today.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        int weekday = day.getDayOfWeek().getValue();
        List<ClientRecord> clients = db.dsl().select(CLIENT.asterisk()).from(CLIENT).join(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .where(AREA.DELIVERY_WEEKDAY.eq(weekday)).orderBy(CLIENT.ID).limit(16).fetchInto(CLIENT);
        if (clients.size() < 16) {
            return;
        }
        String date = day.toString();
        String reference = "FF-" + date.replace("-", "");
        StringBuilder ok = new StringBuilder("supplier;batchReference;deliveryDate;orderReference;clientNumber;clientName;"
                + "address;postcode;city;kind;zone;packageCode;description;itemName;gtin;quantity;unit\n");
        String[][] items = {{"KJØL", "Lettmelk 1 l", "7038010000737", "2", "stk"}, {"KJØL", "Yoghurt naturell", "7038010055690", "4", "stk"},
                {"TØRR", "Epler Aroma", "", "1,5", "kg"}, {"FRYS", "Fiskeboller frosne 500 g", "7020650000123", "1", "stk"}};
        for (int i = 0; i < 10; i++) {
            ClientRecord c = clients.get(i);
            String head = "Fjordfrukt AS;" + reference + ";" + date + ";FF-" + (8000 + i) + ";" + c.getClientNumber() + ";"
                    + c.getName() + ";" + c.getAddress() + ";" + c.getPostcode() + ";" + c.getCity() + ";dagligvare;";
            for (int k = 0; k <= i % 4; k++) {
                String[] it = items[k];
                ok.append(head).append(it[0]).append(";FF").append(8000 + i).append('-').append(it[0].charAt(0)).append(";")
                        .append(it[0].equals("KJØL") ? "Kjølepose" : it[0].equals("FRYS") ? "Frysepose" : "Tørrvarepose")
                        .append(';').append(it[1]).append(';').append(it[2]).append(';').append(it[3]).append(';').append(it[4])
                        .append('\n');
            }
        }
        ClientRecord a = clients.get(10), b = clients.get(11), c = clients.get(12), d = clients.get(13);
        String errHead = "supplier;batchReference;deliveryDate;orderReference;clientNumber;clientName;address;postcode;city;"
                + "kind;zone;packages;description\n";
        String errors = errHead
                + line(reference + "-E", date, "FF-8101", a, "KJØL", "1")
                + line(reference + "-E", date, "FF-8101", a, "KALD", "1")
                + line(reference + "-E", date, "FF-8102", b, "KJØL", "0")
                + line(reference + "-E", date, "FF-8103", c, "TØRR", "2")
                + line(reference + "-E", date, "FF-8103", c, "TØRR", "2")
                + "Fjordfrukt AS;" + reference + "-E;" + date + ";FF-8104;;" + d.getName() + ";" + d.getAddress() + ";"
                + d.getPostcode() + ";" + d.getCity() + ";dagligvare;FRYS;1;Frysepose\n"
                + "Fjordfrukt AS;" + reference + "-E;" + date + ";FF-8105;K-99001;Ingrid Nyland;Løkkeåsveien 4;1337;Sandvika;"
                + "dagligvare;TØRR;1;Tørrvarepose\n"
                + line(reference + "-E", day.plusDays(1).toString(), "FF-8106", clients.get(14), "KJØL", "1");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("fjordfrukt-" + date + ".csv"), ok.toString(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("fjordfrukt-" + date + "-med-feil.csv"), errors, StandardCharsets.UTF_8);
            for (int i = 0; i < 2; i++) {
                Files.writeString(folder.resolve("EHF-pakkseddel-FF-DA-" + (9001 + i) + ".xml"),
                        despatch("FF-DA-" + (9001 + i), "FF-SHIP-" + date.replace("-", ""), date, clients.get(15 - i), i == 0),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String reference, String date, String order, ClientRecord c, String zone, String packages) {
        return "Fjordfrukt AS;" + reference + ";" + date + ";" + order + ";" + c.getClientNumber() + ";" + c.getName() + ";"
                + c.getAddress() + ";" + c.getPostcode() + ";" + c.getCity() + ";dagligvare;" + zone + ";" + packages + ";Pose\n";
    }

    private static String despatch(String id, String shipment, String date, ClientRecord c, boolean frozen) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:despatch_advice:3</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:despatch_advice:3</cbc:ProfileID>
                  <cbc:ID>%s</cbc:ID>
                  <cac:DespatchSupplierParty><cac:Party><cac:PartyName><cbc:Name>Fjordfrukt AS</cbc:Name></cac:PartyName></cac:Party></cac:DespatchSupplierParty>
                  <cac:DeliveryCustomerParty><cac:Party>
                    <cac:PartyIdentification><cbc:ID>%s</cbc:ID></cac:PartyIdentification>
                    <cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName>
                    <cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone></cac:PostalAddress>
                  </cac:Party></cac:DeliveryCustomerParty>
                  <cac:Shipment><cbc:ID>%s</cbc:ID><cac:Delivery><cac:EstimatedDeliveryPeriod><cbc:StartDate>%s</cbc:StartDate></cac:EstimatedDeliveryPeriod></cac:Delivery></cac:Shipment>
                  <cac:DespatchLine><cbc:ID>1</cbc:ID><cbc:DeliveredQuantity unitCode="EA">2</cbc:DeliveredQuantity>
                    <cac:Item><cbc:Name>Lettmelk 1 l</cbc:Name><cac:StandardItemIdentification><cbc:ID schemeID="0160">7038010000737</cbc:ID></cac:StandardItemIdentification></cac:Item>
                    <cac:Shipment><cbc:ID>NA</cbc:ID><cac:TransportHandlingUnit><cbc:ID schemeID="SSCC">3700000000000%s1</cbc:ID><cbc:ShippingMarks>KJØL</cbc:ShippingMarks></cac:TransportHandlingUnit></cac:Shipment>
                  </cac:DespatchLine>%s
                </DespatchAdvice>
                """.formatted(id, c.getClientNumber(), c.getName(), c.getAddress(), c.getCity(), c.getPostcode(), shipment, date,
                id.replace("FF-DA-", ""), frozen ? """

                  <cac:DespatchLine><cbc:ID>2</cbc:ID><cbc:DeliveredQuantity unitCode="EA">1</cbc:DeliveredQuantity>
                    <cac:Item><cbc:Name>Fiskegrateng frossen</cbc:Name><cac:SellersItemIdentification><cbc:ID>FF-12044</cbc:ID></cac:SellersItemIdentification>
                      <cac:AdditionalItemProperty><cbc:Name>Temperatursone</cbc:Name><cbc:Value>FRYS</cbc:Value></cac:AdditionalItemProperty></cac:Item>
                    <cac:Shipment><cbc:ID>NA</cbc:ID><cac:TransportHandlingUnit><cbc:ID schemeID="SSCC">3700000000000%s2</cbc:ID></cac:TransportHandlingUnit></cac:Shipment>
                  </cac:DespatchLine>""".formatted(id.replace("FF-DA-", "")) : "");
    }
}
