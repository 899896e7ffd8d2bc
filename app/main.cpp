// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appsettings.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/shellactions.h"
#include "core/io/sampleproject.h"

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>

#include <functional>
#include <memory>

using namespace tare;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
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
                                        QCoreApplication::translate("main", "Save a PNG of the window once the project is open, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       QCoreApplication::translate("main", "Start the dashboard's run once the project is open (with --screenshot: "
                                                                           "grab after it finished and the first query is inspected)."));
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
    const bool runAtStart = parser.isSet(runOption);
    if (runAtStart)
        QObject::connect(&window, &MainWindow::projectLoaded, &window, [&window] {
            if (!window.startRun())
                QCoreApplication::exit(1);
        });
    if (parser.isSet(screenshot)) {
        // FILE shows the window as it is; FILE-project.png, -dashboard.png and -inspector.png each
        // page. The exit code says what was grabbed: 0 as asked, 2 the project failed to open, 3
        // the run did not end with an inspected query.
        const QString file = parser.value(screenshot);
        const QFileInfo info(file);
        const QString stem = info.dir().filePath(info.completeBaseName());
        const QStringList pageNames{QStringLiteral("project"), QStringLiteral("dashboard"), QStringLiteral("inspector")};
        auto exitCode = std::make_shared<int>(0);
        auto grabPage = std::make_shared<std::function<void(int)>>();
        *grabPage = [&window, stem, pageNames, next = grabPage.get(), exitCode](int page) {
            if (page >= int(pageNames.size())) {
                QCoreApplication::exit(*exitCode);
                return;
            }
            window.pages()->setCurrentIndex(page);
            QTimer::singleShot(300, &window, [&window, stem, pageNames, next, page] {
                window.grab().save(stem + QLatin1Char('-') + pageNames[page] + QStringLiteral(".png"));
                (*next)(page + 1);
            });
        };
        auto grabbed = std::make_shared<bool>(false);
        auto grab = [&window, file, grabPage, grabbed, exitCode](int code) {
            if (std::exchange(*grabbed, true))
                return;
            *exitCode = code;
            QTimer::singleShot(300, &window, [&window, file, grabPage] {
                window.grab().save(file);
                (*grabPage)(0);
            });
        };
        if (runAtStart) {
            QObject::connect(&window, &MainWindow::runFinished, &window, [&window, grab](const QString& status) {
                if (status != u"finished") {
                    grab(3);
                    return;
                }
                window.selectFirstQuery();
                QTimer::singleShot(10000, &window, [grab] { grab(3); }); // nothing was inspected
            });
            QObject::connect(&window, &MainWindow::queryInspected, &window, [grab] { grab(0); });
        } else {
            QObject::connect(&window, &MainWindow::projectLoaded, &window, [grab] { grab(0); });
        }
        QObject::connect(&window, &MainWindow::projectFailed, &window, [grab] { grab(2); });
    }
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        window.openProject(MainWindow::sampleProjectPath(), true);
    else
        window.openProject(positional.first());
    return app.exec();
}
