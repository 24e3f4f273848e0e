/**
 * Conventio render: the convention as in force on a date as a French HTML page (polyglot XHTML,
 * each modified element annotated « Modifié par l'avenant n° 2, article 1er », unknown parts shown as
 * unknown), the history as an SVG timeline, and the French labels of the model's constants.
 */
module dev.conventio.render {
    requires transitive dev.conventio.core;

    exports dev.conventio.render;
}
