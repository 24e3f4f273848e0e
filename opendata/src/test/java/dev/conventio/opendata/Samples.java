package dev.conventio.opendata;

import dev.conventio.opendata.scdl.AidNature;
import dev.conventio.opendata.scdl.PaymentDates;
import dev.conventio.opendata.scdl.PaymentTerms;
import dev.conventio.opendata.scdl.ScdlRow;
import dev.conventio.opendata.scdl.ScdlRowBuilder;
import dev.conventio.party.Siret;
import dev.conventio.testkit.Gen;
import dev.conventio.testkit.PartyGen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Rows for the tests: one valid row to mutate, and a generator of valid rows built by construction. */
public final class Samples {

    /** A SIRET that passes its checksum (fictitious). */
    public static final String SIRET_A = "21130055300016";
    /** Another one (fictitious). */
    public static final String SIRET_B = "38047555800058";

    private static final List<String> NAMES = List.of("Commune de Trifouillis-les-Oies", "Les Amis du Lavoir",
            "Association « Lire, écrire, compter »", "Club \"Les Dauphins\"", "Théâtre du Rond-Point; Atelier",
            "Maison des jeunes\net de la culture");

    private Samples() {
    }

    /** The builder of one valid row, with every field set. */
    public static ScdlRowBuilder validRow() {
        return ScdlRow.builder().nomAttribuant("Commune de Trifouillis").idAttribuant(Siret.parse(SIRET_A))
                .dateConvention(LocalDate.of(2020, 3, 2)).referenceDecision("DEL-2020-03-12")
                .nomBeneficiaire("Les Amis du Lavoir").idBeneficiaire(Siret.parse(SIRET_B))
                .rnaBeneficiaire("W133000001").objet("Fonctionnement de l'association en 2020")
                .montant(new BigDecimal("30000.00")).nature(AidNature.CASH)
                .conditionsVersement(PaymentTerms.inInstalments())
                .datesPeriodeVersement(PaymentDates.between(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 12, 1)))
                .idRAE("12345").notificationUE(false).pourcentageSubvention(new BigDecimal("1.00"))
                .dispositifAide("65d5b6c7-102c-4440-ac3b-768f708edc0a");
    }

    /** Valid rows, with optional fields present or not, and names that need quoting. */
    public static Gen<ScdlRow> rows() {
        return (random, size) -> {
            ScdlRowBuilder row = ScdlRow.builder()
                    .nomAttribuant(NAMES.get(random.nextInt(NAMES.size())))
                    .idAttribuant(PartyGen.sirets().generate(random, size))
                    .dateConvention(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)))
                    .nomBeneficiaire(NAMES.get(random.nextInt(NAMES.size())))
                    .objet(NAMES.get(random.nextInt(NAMES.size())) + " " + random.nextInt(1000))
                    .montant(BigDecimal.valueOf(random.nextLong(1, 100_000_000_00L), 2))
                    .nature(AidNature.values()[random.nextInt(AidNature.values().length)])
                    .notificationUE(random.nextBoolean())
                    .pourcentageSubvention(BigDecimal.valueOf(random.nextInt(1, 101), 2));
            LocalDate first = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
            switch (random.nextInt(3)) {
                case 0:
                    row.conditionsVersement(PaymentTerms.single()).datesPeriodeVersement(PaymentDates.on(first));
                    break;
                case 1:
                    row.conditionsVersement(PaymentTerms.inInstalments())
                            .datesPeriodeVersement(PaymentDates.between(first, first.plusDays(random.nextInt(900))));
                    break;
                default:
                    row.conditionsVersement(PaymentTerms.other("50 %, à la signature; le solde, sur compte rendu"))
                            .datesPeriodeVersement(PaymentDates.between(first, first.plusMonths(6)));
            }
            boolean siret = random.nextBoolean();
            if (siret) {
                row.idBeneficiaire(PartyGen.sirets().generate(random, size));
            }
            if (!siret || random.nextBoolean()) {
                row.rnaBeneficiaire(String.format("W%09d", random.nextInt(1_000_000_000)));
            }
            if (random.nextBoolean()) {
                row.referenceDecision("DEL-" + random.nextInt(10_000));
                row.idRAE(String.valueOf(random.nextInt(100_000)));
                row.dispositifAide("dispositif-" + random.nextInt(100));
            }
            return row.build();
        };
    }
}
