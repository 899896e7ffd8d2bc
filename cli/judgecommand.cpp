// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "cli/judgecommand.h"

#include "cli/clisupport.h"
#include "cli/judgedrunoptions.h"
#include "core/db/projectstore.h"
#include "core/run/judgmentprefetch.h"

#include <atomic>

namespace tare::cli {

int JudgeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    const JudgedRunOptions options;
    options.addTo(parser);
    addProgressOptions(parser);
    if (!parseOrExplain(parser, arguments,
                        tr("Fetch and store the judgments a run with these settings will need, before refining.")))
        return ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("usage: tare-cli judge PROJECT --space S --judge J [--endpoint URL --model M] [options]"));
    return guarded([&] {
        ProjectStore store(parser.positionalArguments().first());
        RunSettings settings;
        const RemoteJudgeSettings remote = options.apply(parser, store, settings);

        std::atomic<bool> cancel{false};
        PrefetchSummary summary;
        {
            const InterruptGuard interrupt(cancel);
            TerminalProgress progress(progressWanted(parser));
            ProgressSink sink = progress.sink(tr("judgments"));
            sink.cancelled = [&cancel] { return cancel.load(); };
            summary = JudgmentPrefetch::run(store, settings, remote, sink);
            progress.finish();
        }
        out() << tr("%1 queries (%2 skipped: they cannot run), %3 judged documents: %4 already stored, %5 fetched, %6 failed "
                    "(asked again by the next run), in %7 s.")
                     .arg(summary.queries)
                     .arg(summary.queriesSkipped)
                     .arg(summary.selected)
                     .arg(summary.cached)
                     .arg(summary.fetched)
                     .arg(summary.failed)
                     .arg(summary.seconds, 0, 'f', 1)
              << Qt::endl;
        // Nothing fetched and something asked: the judge is unusable as configured.
        if (summary.fetched == 0 && summary.failed > 0)
            throw TareError(TareError::Kind::Io, tr("every judgment asked for failed (%1); the first: %2")
                                                     .arg(summary.failed)
                                                     .arg(summary.firstError));
        return int(ExitOk);
    });
}

} // namespace tare::cli
