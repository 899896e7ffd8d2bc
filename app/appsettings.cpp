// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "app/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace tare {

namespace {

const QString s_recentKey = QStringLiteral("recentProjects");

} // namespace

void AppSettings::setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tare"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tare.org"));
    QCoreApplication::setApplicationName(QStringLiteral("tare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARE_VERSION));

    // Builds without an organisation name wrote "~/.config/Unknown Organization/tare.conf" (Qt's
    // stand-in for a missing organisation): take their keys over once.
    QSettings settings;
    if (!settings.allKeys().isEmpty())
        return;
    const QDir config(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    for (const QString& name : {QStringLiteral("Unknown Organization/tare.conf"), QStringLiteral("tare.conf")}) {
        const QString legacy = config.filePath(name);
        if (!QFileInfo::exists(legacy) || QFileInfo(legacy) == QFileInfo(settings.fileName()))
            continue;
        const QSettings old(legacy, QSettings::IniFormat);
        for (const QString& key : old.allKeys())
            settings.setValue(key, old.value(key));
        return;
    }
}

WorkbenchSettings AppSettings::load()
{
    QSettings store;
    WorkbenchSettings settings;
    store.beginGroup(QStringLiteral("endpoint"));
    settings.preset = store.value(QStringLiteral("preset")).toString();
    settings.endpoint = store.value(QStringLiteral("url")).toString();
    settings.judgeModel = store.value(QStringLiteral("judgeModel")).toString();
    settings.embeddingModel = store.value(QStringLiteral("embeddingModel")).toString();
    settings.apiKeySource = store.value(QStringLiteral("apiKeySource")).toString();
    settings.concurrency = store.value(QStringLiteral("concurrency"), settings.concurrency).toInt();
    settings.connectTimeoutSeconds = store.value(QStringLiteral("connectTimeout"), settings.connectTimeoutSeconds).toInt();
    settings.totalTimeoutSeconds = store.value(QStringLiteral("totalTimeout"), settings.totalTimeoutSeconds).toInt();
    settings.useMaxCompletionTokens = store.value(QStringLiteral("maxCompletionTokens"), false).toBool();
    store.endGroup();
    settings.language = store.value(QStringLiteral("language")).toString();
    return settings;
}

void AppSettings::save(const WorkbenchSettings& settings)
{
    QSettings store;
    store.beginGroup(QStringLiteral("endpoint"));
    store.setValue(QStringLiteral("preset"), settings.preset);
    store.setValue(QStringLiteral("url"), settings.endpoint);
    store.setValue(QStringLiteral("judgeModel"), settings.judgeModel);
    store.setValue(QStringLiteral("embeddingModel"), settings.embeddingModel);
    store.setValue(QStringLiteral("apiKeySource"), settings.apiKeySource); // "env:VAR" or "keychain:NAME", never a key
    store.setValue(QStringLiteral("concurrency"), settings.concurrency);
    store.setValue(QStringLiteral("connectTimeout"), settings.connectTimeoutSeconds);
    store.setValue(QStringLiteral("totalTimeout"), settings.totalTimeoutSeconds);
    store.setValue(QStringLiteral("maxCompletionTokens"), settings.useMaxCompletionTokens);
    store.endGroup();
    store.setValue(QStringLiteral("language"), settings.language);
}

RemoteJudgeSettings AppSettings::judgeConnection(const WorkbenchSettings& settings)
{
    RemoteJudgeSettings connection;
    connection.apiKeyEnv = settings.apiKeySource; // a key source, read when the judge is built
    connection.concurrency = settings.concurrency;
    connection.useMaxCompletionTokens = settings.useMaxCompletionTokens;
    connection.connectTimeoutMs = settings.connectTimeoutSeconds * 1000;
    connection.totalTimeoutMs = settings.totalTimeoutSeconds * 1000;
    return connection;
}

QStringList AppSettings::recentProjects()
{
    QStringList paths = QSettings().value(s_recentKey).toStringList();
    while (paths.size() > s_maxRecentProjects)
        paths.removeLast();
    return paths;
}

void AppSettings::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentProjects();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > s_maxRecentProjects)
        paths.removeLast();
    QSettings().setValue(s_recentKey, paths);
}

void AppSettings::clearRecentProjects()
{
    QSettings().remove(s_recentKey);
}

} // namespace tare
