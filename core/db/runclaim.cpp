// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/db/runclaim.h"

#include "core/util/tareerror.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tare {

QString RunClaim::lockPath(const QString& projectPath, qint64 runId)
{
    const QFileInfo info(projectPath);
    return info.absolutePath() + u"/." + info.fileName() + QStringLiteral(".run-%1.lock").arg(runId);
}

RunClaim::RunClaim(const QString& projectPath, qint64 runId)
    : m_path(lockPath(projectPath, runId))
{
    const QByteArray name = QFile::encodeName(m_path);
    // A few rounds: the file may be removed by its previous owner between our open and our lock.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return; // a folder we cannot write to: no claim, as before claims existed
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK) {
                char owner[32] = {};
                const ssize_t got = ::pread(fd, owner, sizeof owner - 1, 0);
                ::close(fd);
                throw TareError(TareError::Kind::Usage,
                                tr("run %1 is being executed by another Tare process (process %2); wait for it to finish "
                                   "or stop it, then resume")
                                    .arg(runId)
                                    .arg(QString::fromLatin1(owner, got > 0 ? int(got) : 0).trimmed()));
            }
            ::close(fd);
            return; // locks unsupported here
        }
        struct stat held{};
        struct stat named{};
        if (::fstat(fd, &held) == 0 && ::stat(name.constData(), &named) == 0 && held.st_ino == named.st_ino
            && held.st_dev == named.st_dev) {
            const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
            if (::ftruncate(fd, 0) == 0)
                (void)!::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
            m_fd = fd;
            return;
        }
        ::close(fd); // locked a file that was removed meanwhile: try the new one
    }
}

RunClaim::~RunClaim()
{
    if (m_fd < 0)
        return;
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}

} // namespace tare
