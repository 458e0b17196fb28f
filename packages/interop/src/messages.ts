import type { Bilingual } from '@tutorat/language';

/**
 * Every sentence of the imports and exports, French first. Each says what is wrong and what to do;
 * the row and the column are added in front by `describeNote`.
 */
export const MESSAGES = {
    input: {
        tooLarge: {
            fr: 'le fichier fait {size} Mo : c’est bien plus qu’un référentiel (au plus {max} Mo). Vérifiez que vous avez choisi le bon fichier ; rien n’a été écrit.',
            en: 'the file is {size} MB: far more than a framework (at most {max} MB). Check that you chose the right file; nothing was written.'
        },
        binary: {
            fr: 'ce fichier n’est pas un tableau ni un texte (il ressemble à un fichier {kind}). Enregistrez le référentiel en CSV (UTF-8), en classeur Excel (.xlsx) ou en JSON CASE ; rien n’a été écrit.',
            en: 'this file is neither a table nor a text (it looks like a {kind} file). Save the framework as CSV (UTF-8), as an Excel workbook (.xlsx) or as CASE JSON; nothing was written.'
        },
        windows1252: {
            fr: 'le fichier n’est pas en UTF-8 : il a été lu comme un CSV d’Excel en Windows-1252. Vérifiez les accents ; la prochaine fois, enregistrez-le en « CSV UTF-8 ».',
            en: 'the file is not UTF-8: it was read as an Excel CSV in Windows-1252. Check the accents; next time, save it as "CSV UTF-8".'
        },
        badTransfer: {
            fr: 'le contenu du fichier n’a pas été transmis correctement (base64 attendu).',
            en: 'the file content was not sent correctly (base64 expected).'
        },
        badWorkbook: {
            fr: 'ce classeur Excel ne peut pas être lu ({reason}). Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx, ou en CSV UTF-8.',
            en: 'this Excel workbook cannot be read ({reason}). Open it in Excel or LibreOffice and save it again as .xlsx, or as CSV UTF-8.'
        },
        workbookTooLarge: {
            fr: 'ce classeur Excel se décompresse en plus de {max} Mo : c’est bien plus qu’un référentiel, il n’a pas été ouvert. Vérifiez que vous avez choisi le bon fichier ; rien n’a été écrit.',
            en: 'this Excel workbook unzips to more than {max} MB: far more than a framework, it was not opened. Check that you chose the right file; nothing was written.'
        },
        emptyWorkbook: {
            fr: 'ce classeur ne contient aucune feuille remplie.',
            en: 'this workbook has no filled sheet.'
        },
        workbookNotTable: {
            fr: 'un classeur Excel (.xlsx) ne peut être importé que comme tableau du consultant ou tableau Moodle : choisissez le format « tableur » ou « moodle ».',
            en: 'an Excel workbook (.xlsx) can only be imported as the consultant’s table or a Moodle table: choose the format "tableur" or "moodle".'
        },
        empty: {
            fr: 'le fichier est vide.',
            en: 'the file is empty.'
        }
    },
    csv: {
        unclosedQuote: {
            fr: 'le guillemet ouvert dans la cellule n° {cell} n’est jamais fermé : la suite du fichier ne peut pas être découpée en cellules. Fermez le guillemet (ou doublez-le, "", s’il fait partie du texte).',
            en: 'the quote opened in cell no. {cell} is never closed: the rest of the file cannot be split into cells. Close the quote (or double it, "", if it belongs to the text).'
        },
        textAfterQuote: {
            fr: 'du texte suit un guillemet fermant (« {text} ») : un guillemet dans un texte entre guillemets s’écrit "" (doublé).',
            en: 'text follows a closing quote ("{text}"): a quote inside a quoted text is written "" (doubled).'
        }
    },
    names: {
        renamed: {
            fr: '{count} code(s) ont été adaptés pour être des noms Tutorat (lettres, chiffres et traits d’union, sans espace ni point, ne commençant pas par un chiffre) : {items}.',
            en: '{count} code(s) were adapted to be Tutorat names (letters, digits and hyphens, no space or dot, not starting with a digit): {items}.'
        },
        generated: {
            fr: '{count} élément(s) sans code ont reçu un nom : {items}. Remplacez-les par vos codes si vous en avez.',
            en: '{count} item(s) without a code were given a name: {items}. Replace them with your codes if you have some.'
        }
    },
    tree: {
        nestedDomain: {
            fr: 'le domaine {domain} est dans le domaine {parent} : un référentiel Tutorat n’a qu’un niveau de domaines, il devient un domaine à part.',
            en: 'the domain {domain} is inside the domain {parent}: a Tutorat framework has one level of domains, so it becomes a domain of its own.'
        },
        movedUp: {
            fr: '{item} n’est pas une compétence mais se trouve à la place d’une compétence : il est importé comme compétence.',
            en: '{item} is not a competence but stands where a competence goes: it is imported as a competence.'
        }
    },
    lost: {
        unknownDimension: {
            fr: 'les dimensions transversales du guide sont la déontologie, l’éthique, la santé, la sécurité, la réflexivité et l’identité professionnelle : {count} autre(s) mot(s)-clé(s) ou dimension(s) ne sont pas repris ({items}).',
            en: 'the guide’s transversal dimensions are deontology, ethics, health, safety, reflexivity and professional identity: {count} other keyword(s) or dimension(s) are not kept ({items}).'
        },
        domainDescription: {
            fr: 'un domaine Tutorat n’a pas de description : celle de {count} domaine(s) n’est pas reprise ({items}).',
            en: 'a Tutorat domain has no description: that of {count} domain(s) is not kept ({items}).'
        },
        underList: {
            fr: 'un savoir, savoir-faire ou savoir-être n’a pas de sous-éléments : ceux de {count} élément(s) ne sont pas repris ({items}).',
            en: 'knowledge, skills and attitudes have no sub-items: those of {count} item(s) are not kept ({items}).'
        },
        criterionDescription: {
            fr: 'un critère Tutorat n’a pas de description : celle de {count} critère(s) n’est pas reprise ({items}).',
            en: 'a Tutorat criterion has no description: that of {count} criterion(s) is not kept ({items}).'
        },
        indicatorCode: {
            fr: 'un indicateur Tutorat n’a pas de code : le code de {count} indicateur(s) n’est pas repris ({items}).',
            en: 'a Tutorat indicator has no code: the code of {count} indicator(s) is not kept ({items}).'
        },
        indicatorDescription: {
            fr: 'un indicateur Tutorat n’est qu’un texte : la description de {count} indicateur(s) n’est pas reprise ({items}).',
            en: 'a Tutorat indicator is only a text: the description of {count} indicator(s) is not kept ({items}).'
        },
        deeper: {
            fr: 'l’arbre a plus de niveaux que domaine, compétence, critère et indicateur : {count} élément(s) plus profonds deviennent des indicateurs de leur critère ({items}).',
            en: 'the tree has more levels than domain, competence, criterion and indicator: {count} deeper item(s) become indicators of their criterion ({items}).'
        },
        references: {
            fr: 'seule une compétence a des références ESCO, RNCP, RS ou SFMQ : celles de {count} autre(s) élément(s) ne sont pas reprises ({items}).',
            en: 'only a competence has ESCO, RNCP, RS or SFMQ references: those of {count} other item(s) are not kept ({items}).'
        }
    },
    table: {
        noHeader: {
            fr: 'la ligne d’en-tête du tableau est introuvable : il faut au moins les colonnes « Code » et « Compétence ». Colonnes reconnues : {columns}. Partez du modèle docs/modeles/referentiel-modele.csv (tutorat import --modele).',
            en: 'the table’s header row cannot be found: it needs at least the columns "Code" and "Compétence". Known columns: {columns}. Start from the template docs/modeles/referentiel-modele.csv (tutorat import --modele).'
        },
        formula: {
            fr: '« {value} » est une formule de tableur, pas un texte : elle n’est pas importée (elle pourrait ouvrir un lien ou lancer une commande). Écrivez le texte lui-même, sans « = » au début.',
            en: '"{value}" is a spreadsheet formula, not a text: it is not imported (it could open a link or run a command). Write the text itself, without "=" at the start.'
        },
        emptyTitle: {
            fr: 'l’intitulé de la compétence {code} est vide : écrivez ce qu’elle est (par exemple « Accueillir la personne et ses proches »).',
            en: 'the title of the competence {code} is empty: write what it is (for example "Welcome the person and their relatives").'
        },
        noCompetence: {
            fr: 'cette ligne ne dit pas à quelle compétence elle appartient : remplissez « Code » et « Compétence ».',
            en: 'this row does not say which competence it belongs to: fill in "Code" and "Compétence".'
        },
        duplicateCode: {
            fr: 'le code {code} existe déjà ligne {first}. Donnez un autre code, ou mettez cette ligne juste sous les autres lignes de {code}.',
            en: 'the code {code} already exists on row {first}. Give another code, or move this row just below the other rows of {code}.'
        },
        titleDiffers: {
            fr: 'la compétence {code} a déjà l’intitulé « {title} » ligne {first} : une ligne qui continue une compétence laisse « Compétence » vide ou le répète à l’identique.',
            en: 'the competence {code} already has the title "{title}" on row {first}: a row continuing a competence leaves "Compétence" empty or repeats it exactly.'
        },
        domainTitleDiffers: {
            fr: 'le domaine {code} a déjà l’intitulé « {title} » ligne {first}.',
            en: 'the domain {code} already has the title "{title}" on row {first}.'
        },
        referenceDiffers: {
            fr: 'la compétence a déjà la référence {kind} « {existing} » : « {value} » ne peut pas s’y ajouter (une seule référence de chaque sorte).',
            en: 'the competence already has the {kind} reference "{existing}": "{value}" cannot be added (one reference of each kind).'
        },
        emptyCriterion: {
            fr: 'le critère {code} n’a pas d’intitulé : écrivez-le dans « Critère ».',
            en: 'the criterion {code} has no title: write it in "Critère".'
        },
        duplicateCriterion: {
            fr: 'le critère {code} existe déjà dans la compétence {competence}.',
            en: 'the criterion {code} already exists in the competence {competence}.'
        },
        indicatorWithoutCriterion: {
            fr: 'des indicateurs sans critère : écrivez d’abord le critère qu’ils mesurent dans « Critère ».',
            en: 'indicators without a criterion: first write the criterion they measure in "Critère".'
        },
        empty: {
            fr: 'le tableau n’a aucune compétence sous sa ligne d’en-tête.',
            en: 'the table has no competence below its header row.'
        },
        unknownColumns: {
            fr: 'colonnes non reconnues, non importées : {columns}. Renommez-les comme dans le modèle si elles doivent l’être.',
            en: 'columns not recognised, not imported: {columns}. Rename them as in the template if they should be.'
        },
        ignoredCells: {
            fr: '{count} cellule(s) remplie(s) hors des colonnes du tableau ne sont pas importées (ligne:colonne {items}).',
            en: '{count} filled cell(s) outside the table’s columns are not imported (row:column {items}).'
        },
        unknownHeadRow: {
            fr: '« {label} » n’est pas une information du référentiel (Référentiel, Titre, Auteur, Version, Description, Fonction visée, Échelle) : cette ligne n’est pas importée.',
            en: '"{label}" is not a piece of framework information (Référentiel, Titre, Auteur, Version, Description, Fonction visée, Échelle): this row is not imported.'
        },
        neutralized: {
            fr: '{count} cellule(s) commencent par =, +, -, @ ou une tabulation : une apostrophe les précède pour qu’un tableur ne les exécute pas comme des formules ({items}).',
            en: '{count} cell(s) start with =, +, -, @ or a tab: an apostrophe precedes them so that a spreadsheet does not run them as formulas ({items}).'
        }
    },
    moodle: {
        wrongColumns: {
            fr: 'ce n’est pas un référentiel exporté de Moodle : il manque les colonnes {missing} (colonnes trouvées : {found}). Exportez le référentiel depuis Moodle (Administration du site > Compétences > Exporter un référentiel), ou importez un tableau avec --format tableur.',
            en: 'this is not a framework exported from Moodle: the columns {missing} are missing (columns found: {found}). Export the framework from Moodle (Site administration > Competencies > Export competency framework), or import a table with --format tableur.'
        },
        tooManyCells: {
            fr: 'cette ligne a {count} cellules alors que l’en-tête en a {expected} : un séparateur ou un guillemet est sans doute mal placé.',
            en: 'this row has {count} cells while the header has {expected}: a separator or a quote is probably misplaced.'
        },
        twoFrameworks: {
            fr: 'une deuxième ligne décrit le référentiel (la première est la ligne {first}) : un fichier Moodle contient un seul référentiel.',
            en: 'a second row describes the framework (the first is row {first}): a Moodle file holds one framework.'
        },
        noFramework: {
            fr: 'aucune ligne ne décrit le référentiel lui-même (« {column} » vaut 1 sur cette ligne dans un export de Moodle).',
            en: 'no row describes the framework itself ("{column}" is 1 on that row in a Moodle export).'
        },
        emptyCode: {
            fr: 'le numéro d’identification est vide : Moodle ne crée pas une compétence sans lui. Donnez-lui un code (par exemple REL1).',
            en: 'the ID number is empty: Moodle does not create a competency without one. Give it a code (for example REL1).'
        },
        unknownParent: {
            fr: 'la compétence parente {parent} n’existe pas dans le fichier : corrigez le numéro d’identification parent, ou laissez-le vide.',
            en: 'the parent competency {parent} does not exist in the file: correct the parent ID number, or leave it empty.'
        },
        cycle: {
            fr: 'ces compétences sont leur propre parent, directement ou par d’autres ({codes}) : elles ne sont rattachées à rien.',
            en: 'these competencies are their own parent, directly or through others ({codes}): they hang from nothing.'
        },
        badScaleConfiguration: {
            fr: 'la configuration du barème n’est pas lisible : les niveaux sont importés, sans savoir lequel Moodle tenait pour acquis.',
            en: 'the scale configuration cannot be read: the levels are imported without knowing which one Moodle held as proficient.'
        },
        scaleMarks: {
            fr: 'dans Moodle, le niveau par défaut est « {defaults} » et le(s) niveau(x) acquis « {proficient} » ; l’échelle Tutorat ne garde pas ces marques : à l’export vers Moodle, « {first} » sera le niveau par défaut et « {last} » le niveau acquis.',
            en: 'in Moodle, the default level is "{defaults}" and the proficient level(s) "{proficient}"; the Tutorat scale does not keep these marks: on export to Moodle, "{first}" will be the default and "{last}" the proficient level.'
        },
        noScale: {
            fr: 'le référentiel n’a pas d’échelle, qu’un référentiel Moodle exige : l’échelle « Non acquis, Acquis » est utilisée. Ajoutez une ligne « échelle » au référentiel pour choisir la vôtre.',
            en: 'the framework has no scale, which a Moodle framework requires: the scale "Non acquis, Acquis" is used. Add an "échelle" line to the framework to choose yours.'
        },
        commaInScale: {
            fr: 'Moodle sépare les niveaux d’une échelle par des virgules : dans {levels}, la virgule devient « ; ».',
            en: 'Moodle separates scale levels with commas: in {levels}, the comma becomes ";".'
        },
        longTitles: {
            fr: 'Moodle garde au plus {max} caractères d’un intitulé : {count} intitulé(s) sont raccourcis dans Moodle ({items}) ; l’intitulé complet est écrit au début de leur description.',
            en: 'Moodle keeps at most {max} characters of a title: {count} title(s) are shortened in Moodle ({items}); the full title is written at the start of their description.'
        },
        lost: {
            related: {
                fr: 'Tutorat ne relie pas deux compétences entre elles : les compétences liées de {count} compétence(s) ne sont pas reprises ({items}).',
                en: 'Tutorat does not link competences to each other: the related competencies of {count} competency(ies) are not kept ({items}).'
            },
            rules: {
                fr: 'les règles de validation automatique de Moodle ne sont pas reprises ({count} compétence(s) : {items}).',
                en: 'Moodle’s automatic completion rules are not kept ({count} competency(ies): {items}).'
            },
            scales: {
                fr: 'un référentiel Tutorat a une seule échelle : l’échelle propre de {count} compétence(s) n’est pas reprise ({items}).',
                en: 'a Tutorat framework has one scale: the own scale of {count} competency(ies) is not kept ({items}).'
            },
            references: {
                fr: 'des références d’une sorte inconnue restent dans la description : {items}.',
                en: 'references of an unknown kind stay in the description: {items}.'
            }
        }
    },
    case: {
        badJson: {
            fr: 'ce fichier n’est pas un JSON valable : il ne peut pas être un paquet CASE.',
            en: 'this file is not valid JSON: it cannot be a CASE package.'
        },
        badJsonAt: {
            fr: 'ce fichier n’est pas un JSON valable (erreur ligne {line}, colonne {column}) : il ne peut pas être un paquet CASE.',
            en: 'this file is not valid JSON (error at line {line}, column {column}): it cannot be a CASE package.'
        },
        noDocument: {
            fr: 'ce JSON n’est pas un paquet CASE : il n’a pas de « CFDocument ». Exportez le référentiel comme paquet complet (CFPackage) depuis OpenSALT ou CASS.',
            en: 'this JSON is not a CASE package: it has no "CFDocument". Export the framework as a complete package (CFPackage) from OpenSALT or CASS.'
        },
        itemWithoutIdentifier: {
            fr: 'l’élément n° {index} de « CFItems » n’a ni « identifier » ni « uri ».',
            en: 'item no. {index} of "CFItems" has neither "identifier" nor "uri".'
        },
        duplicateItem: {
            fr: 'l’identifiant {identifier} est donné à deux éléments de « CFItems ».',
            en: 'the identifier {identifier} is given to two items of "CFItems".'
        },
        emptyStatement: {
            fr: 'l’élément {item} n’a pas de texte (« fullStatement ») : son intitulé serait vide.',
            en: 'the item {item} has no text ("fullStatement"): its title would be empty.'
        },
        orphans: {
            fr: '{count} élément(s) ne sont rattachés au référentiel par aucune association « isChildOf » et ne sont pas importés : {items}.',
            en: '{count} item(s) hang from the framework by no "isChildOf" association and are not imported: {items}.'
        },
        multipleParents: {
            fr: '{count} élément(s) ont plusieurs parents ; seul le premier est gardé : {items}.',
            en: '{count} item(s) have several parents; only the first is kept: {items}.'
        },
        ignoredAssociations: {
            fr: 'associations sans équivalent dans Tutorat, non reprises : {items}.',
            en: 'associations with no equivalent in Tutorat, not kept: {items}.'
        },
        ignoredFields: {
            fr: 'champs CASE sans équivalent dans Tutorat, non repris (nombre d’éléments) : {items}.',
            en: 'CASE fields with no equivalent in Tutorat, not kept (number of items): {items}.'
        },
        severalScales: {
            fr: 'le paquet décrit {count} échelles différentes : seule la première devient l’échelle du référentiel.',
            en: 'the package describes {count} different scales: only the first becomes the framework’s scale.'
        }
    },
    format: {
        undetected: {
            fr: 'le format de ce fichier n’est pas reconnu : indiquez-le avec --format moodle, case ou tableur.',
            en: 'the format of this file is not recognised: give it with --format moodle, case or tableur.'
        },
        moodleHeader: {
            fr: 'ce fichier a les colonnes d’un export Moodle : importez-le avec --format moodle.',
            en: 'this file has the columns of a Moodle export: import it with --format moodle.'
        },
        notJson: {
            fr: 'un paquet CASE est un fichier JSON, et celui-ci n’en est pas un : importez un tableau avec --format tableur ou moodle.',
            en: 'a CASE package is a JSON file, and this is not one: import a table with --format tableur or moodle.'
        }
    },
    request: {
        badUri: {
            fr: 'l’adresse du document (« {uri} ») n’est pas valide.',
            en: 'the document’s address ("{uri}") is not valid.'
        },
        unknownDocument: {
            fr: 'le document « {uri} » n’est pas chargé : ouvrez-le dans l’éditeur, puis recommencez.',
            en: 'the document "{uri}" is not loaded: open it in the editor, then try again.'
        },
        noFramework: {
            fr: 'ce document ne contient pas de référentiel{name} : exportez depuis un fichier qui contient « référentiel … { … } ».',
            en: 'this document holds no framework{name}: export from a file that contains "référentiel … { … }".'
        },
        severalFrameworks: {
            fr: 'ce document contient plusieurs référentiels ({names}) : dites lequel exporter.',
            en: 'this document holds several frameworks ({names}): say which one to export.'
        },
        syntaxErrors: {
            fr: 'le document a {count} erreur(s) de syntaxe : corrigez-les d’abord, pour que rien du référentiel ne manque à l’export.',
            en: 'the document has {count} syntax error(s): fix them first, so that nothing of the framework is missing from the export.'
        },
        badFormat: {
            fr: 'le format « {format} » n’existe pas : choisissez moodle, case ou tableur.',
            en: 'the format "{format}" does not exist: choose moodle, case or tableur.'
        },
        failed: {
            fr: 'l’opération a échoué : {reason}. Merci de signaler ce problème.',
            en: 'the operation failed: {reason}. Please report this problem.'
        }
    },
    result: {
        origin: {
            fr: 'Référentiel importé de « {file} » ({format}) par tutorat import : relisez-le, puis supprimez cette ligne.',
            en: 'Framework imported from "{file}" ({format}) by tutorat import: read it over, then delete this line.'
        },
        internal: {
            fr: 'le référentiel lu n’a pas pu être écrit en Tutorat sans perte ({reason}) ; rien n’a été écrit. Merci de signaler ce problème avec le fichier.',
            en: 'the framework read could not be written in Tutorat without loss ({reason}); nothing was written. Please report this problem with the file.'
        }
    }
} satisfies Record<string, Record<string, Bilingual | Record<string, Bilingual>>>;
