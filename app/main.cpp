// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appsettings.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/screenshottour.h"
#include "app/shellactions.h"
#include "core/db/sqliteconnection.h"
#include "core/io/sampleproject.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>

using namespace tare;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // The GUI thread never touches SQLite (STYLE.md §4): database work that strays onto it is
    // reported on stderr.
    SqliteConnection::setForbiddenThread(app.thread());
    QCoreApplication::setApplicationName(QStringLiteral("tare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tare.svg")));

    LanguageManager languages;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tare workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("main", "User interface language (%1).")
                                          .arg(languages.availableLanguages().join(QStringLiteral(", "))),
                                      QStringLiteral("CODE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a PNG of every page (FILE-<page>.png) and of the window (FILE) "
                                                                            "once the default run finished and the first query is shown, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       QCoreApplication::translate("main", "Start the dashboard's run once the project is open (with --screenshot: "
                                                                           "run even when the project shows a run already)."));
    parser.addOptions({language, screenshot, runOption});
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A .tare project file (default: the sample project)."));
    parser.process(app);
    // --language wins over the language chosen in the settings; neither: the system's.
    languages.install(parser.isSet(language) ? parser.value(language) : AppSettings::load().language);

    const QString sampleDir = SampleProject::findSampleData(
        {QStringLiteral(TARE_SAMPLE_DATA_DIR), QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tare/sample_data")});
    MainWindow window(sampleDir);
    auto* shell = new ShellActions(&window, &languages);
    shell->install();
    if (parser.isSet(screenshot)) {
        new ScreenshotTour(&window, parser.value(screenshot), parser.isSet(runOption));
    } else if (parser.isSet(runOption)) {
        QObject::connect(&window, &MainWindow::projectLoaded, &window, [&window] {
            if (!window.startRun())
                QCoreApplication::exit(1);
        });
    }
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        window.openProject(MainWindow::sampleProjectPath(), true);
    else
        window.openProject(positional.first());
    return app.exec();
}
