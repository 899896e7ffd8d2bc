// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "core/db/runrecords.h"
#include "testutils.h"
#include "widgets/journey.h"

#include <QDir>
#include <QObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

// What the journey tests of the real MainWindow share (the window-independent helpers are in
// tests/widgets/journey.h): the test object that JOURNEY_MAIN builds with the temporary user
// folders, opening a project and running the one the window shows, and the small dataset about
// bank cards that several journeys import.
namespace AppJourney {

/// Base of a journey test object: the temporary user folders it was built with and a temporary
/// folder of its own for the projects and files of its tests.
class Test : public QObject
{
public:
    explicit Test(const QString& userDirs)
        : m_userDirs(userDirs)
    {
    }

protected:
    /// Sets the application up as tare's main() does; true when the temporary folder exists and
    /// the settings file lies inside the temporary user folders (never the user's own).
    bool setUpApplication()
    {
        tare::AppSettings::setUpApplication();
        return m_dir.isValid() && QSettings().fileName().startsWith(m_userDirs);
    }

    QString m_userDirs;
    QTemporaryDir m_dir;
};

/// Opens `path` in `window` (what File ▸ Open Project… and the command line end in) and waits
/// until the window has loaded it; false when it did not within `timeoutMs`.
inline bool openProject(tare::MainWindow& window, const QString& path, int timeoutMs = 60000)
{
    QSignalSpy loaded(&window, &tare::MainWindow::projectLoaded);
    window.openProject(path);
    return !loaded.isEmpty() || loaded.wait(timeoutMs);
}

/// Run ▸ Start Run in `window`, then waits for that run's end: the status it ended with; Created
/// when the menu has no such entry, Running when it did not end within `timeoutMs`.
inline tare::RunStatus startRun(tare::MainWindow& window, int timeoutMs)
{
    QSignalSpy finished(&window, &tare::MainWindow::runFinished);
    if (!Journey::triggerMenuPath(&window, {QStringLiteral("Run"), QStringLiteral("Start Run")}))
        return tare::RunStatus::Created;
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return tare::RunStatus::Running;
    return finished.first().first().value<tare::RunStatus>();
}

/// Writes the BEIR folder `dir/folder` of a small dataset about bank cards: the documents
/// `corpus` (JSON lines), the queries q1 "card arrival" and q2 "top up", and the labels `qrels`
/// (the TSV rows under the header). Returns the folder's path.
inline QString writeCardsBeir(const QDir& dir, const QString& folder, const QByteArray& corpus, const QByteArray& qrels)
{
    TestUtils::writeFile(dir, folder + QStringLiteral("/corpus.jsonl"), corpus);
    TestUtils::writeFile(dir, folder + QStringLiteral("/queries.jsonl"),
                         "{\"_id\": \"q1\", \"text\": \"card arrival\"}\n{\"_id\": \"q2\", \"text\": \"top up\"}\n");
    TestUtils::writeFile(dir, folder + QStringLiteral("/qrels/test.tsv"), QByteArray("query-id\tcorpus-id\tscore\n") + qrels);
    return dir.filePath(folder);
}

} // namespace AppJourney
