// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/cachecommand.h"

#include "cli/clisupport.h"
#include "core/db/projectstore.h"

namespace tare::cli {

int CacheCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or clear"));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      tr("clear: only the vectors of this embedder identity (as 'list' shows it)."),
                                      QStringLiteral("ID"));
    parser.addOption(identity);
    if (!parseOrExplain(parser, arguments,
                        tr("List or clear the cache of remote embeddings (vectors by embedder identity and text).")))
        return ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || (positional[0] != u"list" && positional[0] != u"clear"))
        return usageError(tr("usage: tare-cli cache list|clear PROJECT [--identity ID]"));
    return guarded([&] {
        ProjectStore store(positional[1]);
        if (positional[0] == u"list") {
            const auto identities = store.spaces().cachedEmbeddingIdentities();
            if (identities.isEmpty())
                out() << tr("The cache is empty.") << Qt::endl;
            for (const auto& [name, count] : identities)
                out() << tr("%1 vector(s): %2").arg(count).arg(shown(name, 400)) << Qt::endl;
            return int(ExitOk);
        }
        const qint64 removed = store.spaces().clearEmbeddingCache(parser.value(identity));
        out() << tr("Removed %1 cached vector(s).").arg(removed) << Qt::endl;
        return int(ExitOk);
    });
}

} // namespace tare::cli
