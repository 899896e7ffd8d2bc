// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "core/io/sampleproject.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace tare;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARE_VERSION));

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
    parser.addOptions({language, screenshot});
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "A .tare project file (default: the sample project)."));
    parser.process(app);
    languages.install(parser.value(language));

    const QString sampleDir = SampleProject::findSampleData(
        {QStringLiteral(TARE_SAMPLE_DATA_DIR), QCoreApplication::applicationDirPath() + QStringLiteral("/../share/tare/sample_data")});
    MainWindow window(sampleDir);
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            QTimer::singleShot(200, &window, [&window, file] {
                window.grab().save(file);
                QCoreApplication::exit(0);
            });
        };
        QObject::connect(&window, &MainWindow::projectLoaded, &window, grab);
        QObject::connect(&window, &MainWindow::projectFailed, &window, grab);
    }
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        window.openProject(MainWindow::sampleProjectPath(), true);
    else
        window.openProject(positional.first());
    return app.exec();
}
