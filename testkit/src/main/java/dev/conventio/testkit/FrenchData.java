package dev.conventio.testkit;

import dev.conventio.party.PartyKind;
import java.util.List;

/**
 * Realistic French data for readable generated values: public bodies, titles, objects, phases.
 *
 * <p>Bodies are real public institutions (their names are public facts, not personal data), or
 * invented associations. People's names are drawn from common first names and surnames, so that a
 * combination names nobody in particular; the only real people are the signatories of the
 * reference document (Avenant n° 2 to convention DEVT 013-2609/17/BM), as that document names them.
 */
final class FrenchData {

    private FrenchData() {
    }

    /** A public body or organisation that can be a party. */
    record Body(String id, String name, PartyKind kind, String representativeTitle, String decidingBody) {
    }

    static final List<Body> BODIES = List.of(
            new Body("metropole-amp", "Métropole Aix-Marseille-Provence", PartyKind.METROPOLE, "Présidente",
                    "Bureau de la Métropole"),
            new Body("metropole-lyon", "Métropole de Lyon", PartyKind.METROPOLE, "Président", "Conseil de la Métropole"),
            new Body("metropole-nca", "Métropole Nice Côte d'Azur", PartyKind.METROPOLE, "Président",
                    "Bureau métropolitain"),
            new Body("bordeaux-metropole", "Bordeaux Métropole", PartyKind.METROPOLE, "Président", "Conseil de Métropole"),
            new Body("toulouse-metropole", "Toulouse Métropole", PartyKind.METROPOLE, "Président",
                    "Conseil de la Métropole"),
            new Body("gip-crpv-paca", "GIP Centre de Ressources pour la Politique de la Ville PACA",
                    PartyKind.GIP, "Directeur-Ordonnateur", "Assemblée générale"),
            new Body("gip-reussite-educative", "GIP Réussite éducative de Marseille", PartyKind.GIP, "Directrice",
                    "Conseil d'administration"),
            new Body("gip-fcip", "GIP Formation continue et insertion professionnelle", PartyKind.GIP, "Directeur",
                    "Assemblée générale"),
            new Body("commune-marseille", "Commune de Marseille", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-aubagne", "Commune d'Aubagne", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-la-ciotat", "Commune de La Ciotat", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-martigues", "Commune de Martigues", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-salon", "Commune de Salon-de-Provence", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-istres", "Commune d'Istres", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-vitrolles", "Commune de Vitrolles", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("commune-marignane", "Commune de Marignane", PartyKind.COMMUNE, "Maire", "Conseil municipal"),
            new Body("departement-13", "Département des Bouches-du-Rhône", PartyKind.DEPARTEMENT, "Présidente",
                    "Commission permanente"),
            new Body("departement-83", "Département du Var", PartyKind.DEPARTEMENT, "Président",
                    "Commission permanente"),
            new Body("region-sud", "Région Provence-Alpes-Côte d'Azur", PartyKind.REGION, "Président",
                    "Commission permanente"),
            new Body("region-occitanie", "Région Occitanie", PartyKind.REGION, "Présidente", "Commission permanente"),
            new Body("prefecture-13", "Préfecture des Bouches-du-Rhône", PartyKind.ETAT, "Préfet", "Préfecture"),
            new Body("dreets-paca", "Direction régionale de l'économie, de l'emploi, du travail et des solidarités PACA",
                    PartyKind.ETAT, "Directeur régional", "Direction régionale"),
            new Body("ca-sud-sainte-baume", "Communauté d'agglomération Sud Sainte-Baume", PartyKind.EPCI,
                    "Président", "Conseil communautaire"),
            new Body("cc-golfe-st-tropez", "Communauté de communes du Golfe de Saint-Tropez", PartyKind.EPCI,
                    "Président", "Conseil communautaire"),
            new Body("amu", "Aix-Marseille Université", PartyKind.ETABLISSEMENT_PUBLIC, "Président",
                    "Conseil d'administration"),
            new Body("agam", "Agence d'urbanisme de l'agglomération marseillaise", PartyKind.ETABLISSEMENT_PUBLIC,
                    "Directeur général", "Conseil d'administration"),
            new Body("caf-13", "Caisse d'allocations familiales des Bouches-du-Rhône", PartyKind.ETABLISSEMENT_PUBLIC,
                    "Directrice", "Conseil d'administration"),
            new Body("asso-quartiers-solidaires", "Association Quartiers solidaires", PartyKind.ASSOCIATION,
                    "Présidente", "Assemblée générale"),
            new Body("asso-jeunesse-avenir", "Association Jeunesse et avenir du Pays d'Aix", PartyKind.ASSOCIATION,
                    "Président", "Conseil d'administration"),
            new Body("asso-mediation-sociale", "Association Médiation sociale en Provence", PartyKind.ASSOCIATION,
                    "Présidente", "Bureau"),
            new Body("sem-amenagement-provence", "SEM Aménagement Provence", PartyKind.COMPANY, "Directeur général",
                    "Conseil d'administration"),
            new Body("cooperative-habitat", "Coopérative d'habitat participatif du Sud", PartyKind.OTHER, "Gérante",
                    "Assemblée générale"));

    /** Common French first names (civility of each: true for Madame). */
    static final List<String> WOMEN = List.of("Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie",
            "Claire", "Hélène", "Nadia", "Camille", "Fatima", "Élodie");
    static final List<String> MEN = List.of("Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas",
            "Christophe", "Karim", "Julien", "Thierry", "Laurent", "Mehdi");
    static final List<String> SURNAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
            "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Roux",
            "Fournier", "Girard", "Bonnet", "Mercier", "Blanc", "Guerin", "Chevalier", "Benali");

    /** The signatories of the reference document, as it names them. */
    static final List<String> REFERENCE_WOMEN = List.of("Martine Vassal", "Arlette Fructus");
    static final List<String> REFERENCE_MEN = List.of("Mustapha Berra");

    static final List<String> CAPACITIES = List.of("La Vice-Présidente Déléguée", "Le Vice-Président Délégué",
            "Le Directeur – Ordonnateur", "La Directrice générale", "Le Maire", "La Maire", "L'Adjointe au Maire",
            "Le Président", "La Présidente", "Le Préfet");

    static final List<String> REFERENCE_SERVICES = List.of("DEVT", "POLV", "CULT", "EDUC", "URBA", "ECON");

    static final List<String> OBJECTS = List.of(
            "la réalisation de l'évaluation des Contrats de Ville 2015-2020",
            "l'accompagnement des quartiers prioritaires de la politique de la ville",
            "la mise en œuvre du programme de réussite éducative",
            "l'observation sociale et urbaine des territoires",
            "l'insertion sociale et professionnelle des jeunes",
            "la co-construction d'un plan d'accompagnement des professionnels de proximité",
            "le soutien à la médiation sociale dans les quartiers prioritaires",
            "la démarche prospective sur le devenir des quartiers prioritaires");

    static final List<String> LEGAL_BASES = List.of(
            "Vu le code général des collectivités territoriales",
            "Vu la loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine",
            "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec "
                    + "les administrations",
            "Vu la délibération du Conseil de la Métropole approuvant la convention",
            "Vu la convention constitutive du groupement d'intérêt public");

    static final List<String> ARTICLE_TITLES = List.of("Objet de la convention", "Conditions financières",
            "Instance de pilotage", "Durée de la convention", "Engagements des parties", "Modalités de versement",
            "Communication", "Évaluation", "Résiliation", "Règlement des litiges");

    static final List<String> PHASE_TITLES = List.of(
            "évaluation à mi-parcours des Contrats de Ville 2015-2020",
            "exploitation du référentiel d'évaluation",
            "évaluation finale et mise en place d'éléments de prospective urbaine et sociale",
            "diagnostic territorial partagé",
            "élaboration du plan d'actions",
            "restitution aux partenaires et aux habitants",
            "accompagnement des professionnels de proximité",
            "capitalisation et diffusion des résultats");

    static final List<String> ORIENTATIONS = List.of(
            "La co-construction d'un plan d'accompagnement des professionnels métropolitains et communaux",
            "Le renforcement d'une politique autour de la jeunesse, de l'éducation et du soutien aux familles",
            "La mise en œuvre d'une démarche prospective, claire, partagée et territorialisée",
            "L'accompagnement à l'expérimentation et à l'innovation",
            "La mobilisation des ressources internes et externes en appui aux acteurs de proximité",
            "Le partage des données d'observation avec les communes");

    static final List<String> JUSTIFICATIONS = List.of(
            "justifié par une surreprésentation des mineurs vulnérables dans les quartiers prioritaires",
            "justifié par les conclusions de l'évaluation à mi-parcours",
            "à la demande des Conseils de Territoire");

    static final List<String> PURPOSES = List.of("réalisation de la phase 3", "fonctionnement du dispositif",
            "frais d'études et d'ingénierie", "animation du réseau des professionnels");

    static final List<String> COMMITTEE_NAMES = List.of("Comité de pilotage", "Instance de pilotage",
            "Comité technique et de pilotage");

    static final List<String> MISSIONS = List.of("validera l'ensemble de cette démarche",
            "suit l'avancement des phases et en valide les résultats",
            "arrête le programme de travail annuel");

    static final List<String> DECISIONS = List.of("validation des phases", "présentation des résultats de l'évaluation",
            "adoption du programme de travail", "validation du plan de financement");

    static final List<String> PREAMBLES = List.of(
            "La convention initiale a pour objectif de fixer les modalités du partenariat entre les parties.",
            "Conformément à la convention initiale, les étapes de travail et le plan de financement doivent "
                    + "faire l'objet d'un avenant.",
            "Le comité de pilotage a validé les orientations présentées.",
            "Les parties conviennent d'adapter la convention à l'avancement des travaux.");
}
