// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appsettings.h"
#include "app/dialogtour.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/screenshottour.h"
#include "core/db/sqliteconnection.h"
#include "core/io/sampleproject.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace tare;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // The GUI thread never touches SQLite (STYLE.md §4): database work that strays onto it is
    // reported on stderr.
    SqliteConnection::setForbiddenThread(app.thread());
    AppSettings::setUpApplication();
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
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("main", "The window's size, e.g. 1280x800."),
                                  QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption dialogs(QStringLiteral("dialogs"),
                                     QCoreApplication::translate("main", "With --screenshot: also save the welcome page (FILE-welcome.png) "
                                                                         "and the dialogs (FILE-dialog-<name>.png)."));
    parser.addOptions({language, screenshot, runOption, size, dialogs});
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A .tare project file (default: the welcome page; "
                                                                                                "with --screenshot or --run, the sample project)."));
    parser.process(app);
    // --language wins over the language chosen in the settings; neither: the system's.
    languages.install(parser.isSet(language) ? parser.value(language) : AppSettings::load().language);

    const QString sampleDir = SampleProject::findSampleData(
        {QStringLiteral(TARE_SAMPLE_DATA_DIR), QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tare/sample_data")});
    MainWindow window(sampleDir, &languages);
    if (parser.isSet(screenshot)) {
        auto* tour = new ScreenshotTour(&window, parser.value(screenshot), parser.isSet(runOption));
        if (parser.isSet(dialogs)) {
            const QFileInfo file(parser.value(screenshot));
            auto* dialogTour = new DialogTour(&window, file.dir().filePath(file.completeBaseName()), sampleDir, languages.availableLanguages());
            tour->setAfterPages([dialogTour](std::function<void()> done) { dialogTour->run(done); });
        }
    } else if (parser.isSet(runOption)) {
        QObject::connect(&window, &MainWindow::projectLoaded, &window, [&window] {
            if (!window.startRun())
                QCoreApplication::exit(1);
        });
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 200 || height < 200) {
            qCritical("--size: expected WIDTHxHEIGHT, e.g. 1280x800");
            return 1;
        }
        window.resize(width, height);
    }
    window.show();
    // No project named: the welcome page (its recent projects, or the sample in one click);
    // a screenshot or a run needs a project, and takes the sample.
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openProject(positional.first());
    else if (parser.isSet(screenshot) || parser.isSet(runOption))
        window.openSampleProject();
    else
        window.showWelcome();
    return app.exec();
}
