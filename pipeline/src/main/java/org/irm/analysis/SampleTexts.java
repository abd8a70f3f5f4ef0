package org.irm.analysis;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irm.catalogue.Language;

/**
 * Realistic wording for the generated data sets: needs, recommendations and good practices as States
 * and reviewers write them, in English, French and Spanish, built from what each article is about and
 * what is asked. A need's wording follows its coding (a training need speaks of training), so the
 * keyword rules suggest much of what the secretariat coded, as they would on real texts.
 */
final class SampleTexts {

    private static final Map<Integer, String[]> TOPICS = Map.ofEntries(
            Map.entry(5, new String[] {"the national anti-corruption strategy", "la stratégie nationale de lutte contre la corruption", "la estrategia nacional contra la corrupción"}),
            Map.entry(6, new String[] {"the preventive anti-corruption body", "l'organe de prévention de la corruption", "el órgano de prevención de la corrupción"}),
            Map.entry(7, new String[] {"recruitment, promotion and rotation in the public sector", "le recrutement, la promotion et la rotation dans la fonction publique", "la contratación, promoción y rotación en la función pública"}),
            Map.entry(8, new String[] {"codes of conduct for public officials", "les codes de conduite des agents publics", "los códigos de conducta de los funcionarios públicos"}),
            Map.entry(9, new String[] {"public procurement and the management of public finances", "les marchés publics et la gestion des finances publiques", "la contratación pública y la gestión de la hacienda pública"}),
            Map.entry(10, new String[] {"public reporting and access to information", "l'information du public et l'accès à l'information", "la información pública y el acceso a la información"}),
            Map.entry(11, new String[] {"the integrity of the judiciary and prosecution services", "l'intégrité des magistrats et du ministère public", "la integridad del poder judicial y del ministerio público"}),
            Map.entry(12, new String[] {"corruption prevention in the private sector", "la prévention de la corruption dans le secteur privé", "la prevención de la corrupción en el sector privado"}),
            Map.entry(13, new String[] {"the participation of society and the reporting of corruption", "la participation de la société et le signalement de la corruption", "la participación de la sociedad y la denuncia de la corrupción"}),
            Map.entry(14, new String[] {"anti-money-laundering supervision of banks and designated professions", "le contrôle anti-blanchiment des banques et des professions désignées", "la supervisión contra el blanqueo de dinero de bancos y profesiones designadas"}),
            Map.entry(51, new String[] {"international cooperation in asset recovery", "la coopération internationale en matière de recouvrement d'avoirs", "la cooperación internacional para la recuperación de activos"}),
            Map.entry(52, new String[] {"enhanced scrutiny of accounts of politically exposed persons", "la surveillance renforcée des comptes des personnes politiquement exposées", "el escrutinio intensificado de las cuentas de personas políticamente expuestas"}),
            Map.entry(53, new String[] {"the direct recovery of property through civil action", "le recouvrement direct de biens par une action civile", "la recuperación directa de bienes mediante acciones civiles"}),
            Map.entry(54, new String[] {"the confiscation of proceeds of crime on foreign orders", "la confiscation du produit du crime sur décision étrangère", "el decomiso del producto del delito por orden extranjera"}),
            Map.entry(55, new String[] {"requests for international cooperation for purposes of confiscation", "les demandes de coopération internationale aux fins de confiscation", "las solicitudes de cooperación internacional con fines de decomiso"}),
            Map.entry(56, new String[] {"the spontaneous transmission of information on proceeds of crime", "la communication spontanée d'informations sur le produit du crime", "la transmisión espontánea de información sobre el producto del delito"}),
            Map.entry(57, new String[] {"the return and disposal of confiscated assets", "la restitution et la disposition des avoirs confisqués", "la restitución y disposición de los activos decomisados"}),
            Map.entry(58, new String[] {"the financial intelligence unit", "la cellule de renseignement financier", "la unidad de inteligencia financiera"}),
            Map.entry(59, new String[] {"bilateral and multilateral agreements on asset recovery", "les accords bilatéraux et multilatéraux sur le recouvrement d'avoirs", "los acuerdos bilaterales y multilaterales sobre recuperación de activos"}));

    /** What is asked, by kind of need: {English, French, Spanish} patterns around the topic. */
    private static final Map<String, List<String[]>> ASKED = Map.of(
            "tools+training", List.<String[]>of(
                    new String[] {"Training of users of a new electronic case management system for %s.", "Formation des utilisateurs d'un nouveau système électronique de gestion des dossiers pour %s.", "Capacitación de los usuarios de una nueva plataforma electrónica de gestión de casos para %s."}),
            "tools", List.<String[]>of(
                    new String[] {"Development of an electronic platform and database to support %s.", "Mise au point d'une plateforme électronique et d'une base de données pour %s.", "Desarrollo de una plataforma electrónica y una base de datos para %s."},
                    new String[] {"Software and IT equipment for the agencies in charge of %s.", "Logiciels et matériel informatique pour les services chargés de %s.", "Programas informáticos y equipos para los organismos encargados de %s."}),
            "training", List.<String[]>of(
                    new String[] {"Training and workshops for officials working on %s.", "Formation et ateliers pour les agents chargés de %s.", "Capacitación y talleres para los funcionarios que trabajan en %s."},
                    new String[] {"A training course for trainers on %s.", "Un cours de formation de formateurs sur %s.", "Un curso de capacitación de instructores sobre %s."}),
            CategoryScheme.CAPACITY_BUILDING, List.<String[]>of(
                    new String[] {"Capacity-building for the staff responsible for %s.", "Renforcement des capacités du personnel chargé de %s.", "Creación de capacidad del personal encargado de %s."},
                    new String[] {"Technical support to strengthen the capacity of the agencies dealing with %s.", "Appui technique pour renforcer les capacités des services chargés de %s.", "Apoyo técnico para fortalecer la capacidad de los organismos que se ocupan de %s."}),
            CategoryScheme.LEGISLATIVE, List.<String[]>of(
                    new String[] {"Assistance in drafting legislation on %s.", "Assistance à la rédaction d'une loi sur %s.", "Asistencia en la redacción de un proyecto de ley sobre %s."},
                    new String[] {"Review of the draft law on %s against the Convention (legislative advice).", "Examen du projet de loi sur %s au regard de la Convention (conseils législatifs).", "Examen del proyecto de ley sobre %s a la luz de la Convención (asesoramiento legislativo)."}),
            CategoryScheme.INSTITUTION_BUILDING, List.<String[]>of(
                    new String[] {"Support to establish a dedicated unit for %s.", "Appui à la création d'une unité spécialisée pour %s.", "Apoyo a la creación de una dependencia especializada para %s."},
                    new String[] {"Institutional support for setting up a coordination body on %s.", "Appui institutionnel à la création d'un organe de coordination pour %s.", "Apoyo institucional para la creación de un órgano de coordinación sobre %s."}),
            CategoryScheme.OTHER, List.<String[]>of(
                    new String[] {"Financial resources for %s.", "Ressources financières pour %s.", "Recursos financieros para %s."},
                    new String[] {"Exchange of good practices with other States on %s.", "Échange de bonnes pratiques avec d'autres États sur %s.", "Intercambio de buenas prácticas con otros Estados sobre %s."},
                    new String[] {"Equipment and premises for the services in charge of %s.", "Équipement et locaux pour les services chargés de %s.", "Equipos y locales para los servicios encargados de %s."}));

    private static final List<String[]> RECOMMENDED = List.of(
            new String[] {"Strengthen the measures on %s and report on their results.", "Renforcer les mesures relatives à %s et rendre compte de leurs résultats.", "Reforzar las medidas relativas a %s e informar sobre sus resultados."},
            new String[] {"Consider adopting legislation on %s that covers every element of the provision.", "Envisager d'adopter une législation sur %s couvrant tous les éléments de la disposition.", "Considerar la posibilidad de aprobar legislación sobre %s que abarque todos los elementos de la disposición."},
            new String[] {"Allocate sufficient resources to the bodies responsible for %s.", "Allouer des ressources suffisantes aux organes chargés de %s.", "Asignar recursos suficientes a los órganos encargados de %s."},
            new String[] {"Collect statistics on %s to assess the effectiveness of the measures.", "Recueillir des statistiques sur %s afin d'évaluer l'efficacité des mesures.", "Reunir estadísticas sobre %s para evaluar la eficacia de las medidas."});

    private static final List<String[]> PRACTISED = List.of(
            new String[] {"The online publication of all decisions on %s.", "La publication en ligne de toutes les décisions relatives à %s.", "La publicación en línea de todas las decisiones relativas a %s."},
            new String[] {"The close cooperation between the agencies dealing with %s.", "L'étroite coopération entre les services chargés de %s.", "La estrecha cooperación entre los organismos que se ocupan de %s."});

    private SampleTexts() {
    }

    /** A need's text for the article, in the language, worded after its category and tags. */
    static String need(int article, String category, List<String> tags, Language language, Random random) {
        String kind;
        if (CategoryScheme.CAPACITY_BUILDING.equals(category) && !tags.isEmpty()) {
            kind = tags.size() == 2 ? "tools+training" : tags.contains(CategoryScheme.TRAINING) ? "training" : "tools";
        } else {
            kind = category;
        }
        List<String[]> patterns = ASKED.getOrDefault(kind, ASKED.get(CategoryScheme.OTHER));
        return fill(patterns.get(random.nextInt(patterns.size())), article, language);
    }

    static String recommendation(int article, Language language, Random random) {
        return fill(RECOMMENDED.get(random.nextInt(RECOMMENDED.size())), article, language);
    }

    static String goodPractice(int article, Language language, Random random) {
        return fill(PRACTISED.get(random.nextInt(PRACTISED.size())), article, language);
    }

    private static String fill(String[] pattern, int article, Language language) {
        int index = language == Language.FR ? 1 : language == Language.ES ? 2 : 0;
        String[] topic = TOPICS.getOrDefault(article, TOPICS.get(5));
        return String.format(pattern[index], topic[index]);
    }
}
