// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/newprojectfile.h"

#include "core/db/sqliteconnection.h"
#include "core/io/atomicfilewriter.h"
#include "core/util/tareerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tare {

NewProjectFile::NewProjectFile(const QString& target)
{
    // A dangling symbolic link names where the project should go: follow it (once, as the
    // system would), and leave the link itself alone.
    const QFileInfo info(target);
    m_finalPath = info.isSymLink() ? QDir(info.absolutePath()).absoluteFilePath(info.symLinkTarget()) : info.absoluteFilePath();
    const QFileInfo finalInfo(m_finalPath);
    const QString folder = finalInfo.absolutePath();
    for (int attempt = 0; attempt < 100 && m_temporaryPath.isEmpty(); ++attempt) {
        const QString candidate = folder + u"/." + finalInfo.fileName() + u".tare-new-"
            + QString::number(QRandomGenerator::global()->generate64(), 16);
        const int fd = ::open(QFile::encodeName(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            m_temporaryPath = candidate;
        } else if (errno != EEXIST) {
            throw TareError(TareError::Kind::Io, tr("%1: cannot create the project in %2: %3")
                                                     .arg(target, folder, QString::fromLocal8Bit(std::strerror(errno))));
        }
    }
    if (m_temporaryPath.isEmpty())
        throw TareError(TareError::Kind::Io, tr("%1: cannot create the project in %2").arg(target, folder));
}

NewProjectFile::~NewProjectFile()
{
    if (!m_published)
        removeTemporary();
}

void NewProjectFile::removeTemporary()
{
    if (m_temporaryPath.isEmpty())
        return;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_temporaryPath + QLatin1String(suffix));
}

bool NewProjectFile::publish()
{
    {
        // The renamed file must carry everything on its own: fold the WAL back into it (closing
        // the last connection then deletes the log). The file stays in WAL mode, as every project
        // is, so that merely opening it later (a dry run) does not rewrite its header.
        SqliteConnection connection(m_temporaryPath, SqliteConnection::Mode::ReadWrite);
        connection.exec("PRAGMA journal_mode = WAL; PRAGMA wal_checkpoint(TRUNCATE);");
    }
    if (QFileInfo::exists(m_temporaryPath + QStringLiteral("-wal")))
        throw TareError(TareError::Kind::Io, tr("%1: the new project could not be completed (its write-ahead log is "
                                                "still in use)")
                                                 .arg(m_finalPath));
    const int fd = ::open(QFile::encodeName(m_temporaryPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    const int error = AtomicFileWriter::renameWithoutReplacing(m_temporaryPath, m_finalPath);
    if (error == EEXIST) {
        removeTemporary();
        return false;
    }
    if (error != 0)
        throw TareError(TareError::Kind::Io, tr("%1: cannot put the new project in place: %2")
                                                 .arg(m_finalPath, QString::fromLocal8Bit(std::strerror(error))));
    m_published = true;
    return true;
}

} // namespace tare
