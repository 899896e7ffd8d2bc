// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/templatescommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"
#include "core/embed/embeddingtemplatetable.h"

namespace tare::cli {

namespace {

QString visible(QString text)
{
    return text.replace(u'\n', QStringLiteral("\\n"));
}

/// "\n" typed on the command line stands for a line break.
QString fromCommandLine(QString text)
{
    return text.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
}

void printEntry(const EmbeddingTemplateEntry& entry)
{
    out() << tr("%1  [%2]").arg(entry.model, entry.shipped ? tr("shipped") : tr("this project")) << Qt::endl;
    out() << tr("    query:    %1").arg(visible(entry.queryTemplate)) << Qt::endl;
    out() << tr("    document: %1").arg(visible(entry.documentTemplate)) << Qt::endl;
    if (!entry.note.isEmpty())
        out() << tr("    (%1)").arg(entry.note) << Qt::endl;
}

} // namespace

int TemplatesCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (default), show MODEL, set MODEL, remove MODEL."));
    const QCommandLineOption query(QStringLiteral("query"), tr("set: the query template ({text}, {instruction}; \\n is a "
                                                               "line break)."),
                                   QStringLiteral("TEMPLATE"));
    const QCommandLineOption document(QStringLiteral("document"), tr("set: the document template (default {text})."),
                                      QStringLiteral("TEMPLATE"), QStringLiteral("{text}"));
    const QCommandLineOption note(QStringLiteral("note"), tr("set: where the format comes from."), QStringLiteral("TEXT"));
    parser.addOptions({query, document, note});
    if (!parseOrExplain(parser, arguments,
                        tr("The model template table: how queries and documents are written before an endpoint embeds "
                           "them. The project's entries come first, then Tare's for common embedders, then the paper's "
                           "default (Instruct: {instruction}\\nQuery: {text} and {text}). A space stores the templates "
                           "it was built with.")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1, QStringLiteral("list"));
    if (positional.isEmpty() || (action != u"list" && positional.size() != 3))
        return usageError(tr("usage: tare-cli templates PROJECT [list | show MODEL | set MODEL --query T [--document T] | remove MODEL]"));
    return guarded([&] {
        ProjectStore store(positional[0]);
        EmbeddingTemplateTable table = store.spaces().templateTable();
        if (action == u"list") {
            for (const EmbeddingTemplateEntry& entry : table.entries())
                printEntry(entry);
            return int(ExitOk);
        }
        const QString model = positional[2];
        if (action == u"show") {
            out() << tr("model %1 uses:").arg(model) << Qt::endl;
            printEntry(table.lookup(model));
            return int(ExitOk);
        }
        if (action == u"set") {
            if (!parser.isSet(query))
                throw TareError(TareError::Kind::Usage, tr("templates set needs --query TEMPLATE"));
            EmbeddingTemplateEntry entry;
            entry.model = model;
            entry.queryTemplate = fromCommandLine(parser.value(query));
            entry.documentTemplate = fromCommandLine(parser.value(document));
            entry.note = parser.value(note);
            table.set(entry);
            store.spaces().setTemplateTable(table);
            out() << tr("Set the templates of %1 in this project; spaces built from now on use them.").arg(model) << Qt::endl;
            printEntry(table.lookup(model));
            return int(ExitOk);
        }
        if (action == u"remove") {
            if (!table.remove(model))
                throw TareError(TareError::Kind::Usage, tr("this project has no entry for '%1'").arg(model));
            store.spaces().setTemplateTable(table);
            out() << tr("Removed the project's entry for %1.").arg(model) << Qt::endl;
            return int(ExitOk);
        }
        throw TareError(TareError::Kind::Usage, tr("unknown action '%1' (list, show, set, remove)").arg(action));
    });
}

} // namespace tare::cli
