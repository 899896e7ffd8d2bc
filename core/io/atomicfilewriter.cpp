// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#include "core/io/atomicfilewriter.h"

#include "core/util/tareerror.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tare {

namespace {

constexpr qsizetype s_bufferSize = 256 * 1024;

enum class TargetKind
{
    Missing,
    Regular,
    Symlink,
    Stream, ///< a character device or a pipe, directly or behind a link
    Folder,
    Other,
};

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

TargetKind classify(const QString& path, struct stat* regular = nullptr)
{
    const QByteArray name = encoded(path);
    struct stat link{};
    if (::lstat(name.constData(), &link) != 0)
        return TargetKind::Missing;
    struct stat target{};
    const bool resolves = ::stat(name.constData(), &target) == 0;
    if (resolves && (S_ISCHR(target.st_mode) || S_ISFIFO(target.st_mode)))
        return TargetKind::Stream;
    if (S_ISLNK(link.st_mode))
        return TargetKind::Symlink;
    if (S_ISDIR(link.st_mode))
        return TargetKind::Folder;
    if (S_ISREG(link.st_mode)) {
        if (regular)
            *regular = link;
        return TargetKind::Regular;
    }
    return TargetKind::Other;
}

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

void AtomicFileWriter::checkTarget(const QString& path, Existing existing)
{
    switch (classify(path)) {
    case TargetKind::Missing:
    case TargetKind::Stream:
        return;
    case TargetKind::Regular:
        if (existing == Existing::Refuse)
            throw TareError(TareError::Kind::Usage,
                            tr("%1: already exists; it is not replaced unless you ask for it (tare-cli: --force)").arg(path));
        return;
    case TargetKind::Symlink:
        if (existing == Existing::Refuse)
            throw TareError(TareError::Kind::Usage,
                            tr("%1: is a symbolic link; it is neither followed nor replaced unless you ask for it "
                               "(tare-cli: --force replaces the link, not what it points to)")
                                .arg(path));
        return;
    case TargetKind::Folder:
        throw TareError(TareError::Kind::Io, tr("%1: is a folder, not a file").arg(path));
    case TargetKind::Other:
        throw TareError(TareError::Kind::Io, tr("%1: is neither a file nor a stream; not written").arg(path));
    }
}

AtomicFileWriter::AtomicFileWriter(const QString& path, Existing existing)
    : m_path(path)
{
    checkTarget(path, existing);
    struct stat regular{};
    const TargetKind kind = classify(path, &regular);
    if (kind == TargetKind::Stream) {
        m_fd = ::open(encoded(path).constData(), O_WRONLY | O_CLOEXEC);
        if (m_fd < 0)
            fail(tr("cannot open"), errno);
        return;
    }
    m_replacing = kind != TargetKind::Missing;
    if (kind == TargetKind::Regular)
        m_keepMode = regular.st_mode & 07777;
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        const QString candidate = folder + u"/." + info.fileName() + u".tare-"
            + QString::number(QRandomGenerator::global()->generate64(), 16) + u".tmp";
        m_fd = ::open(encoded(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            m_temporaryPath = candidate;
        else if (errno != EEXIST)
            fail(tr("cannot create a file in %1").arg(folder), errno);
    }
    if (m_fd < 0)
        fail(tr("cannot create a file in %1").arg(folder), EEXIST);
    if (m_keepMode != 0)
        ::fchmod(m_fd, m_keepMode); // the replaced file's permissions; best effort
    m_buffer.reserve(s_bufferSize);
}

AtomicFileWriter::~AtomicFileWriter()
{
    if (!m_committed)
        removeTemporary();
}

void AtomicFileWriter::write(QByteArrayView bytes)
{
    if (m_fd < 0 || m_finished)
        throw TareError(TareError::Kind::Internal, tr("%1: written after it was closed").arg(m_path));
    m_buffer.append(bytes.data(), bytes.size());
    m_written += bytes.size();
    if (m_buffer.size() >= s_bufferSize)
        flushBuffer();
}

void AtomicFileWriter::flushBuffer()
{
    const char* data = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t done = ::write(m_fd, data, size_t(left));
        if (done < 0) {
            if (errno == EINTR)
                continue;
            fail(tr("cannot write"), errno);
        }
        if (done == 0)
            fail(tr("cannot write"), ENOSPC);
        data += done;
        left -= done;
    }
    m_buffer.clear();
}

void AtomicFileWriter::finishWriting()
{
    if (m_finished)
        return;
    if (m_fd < 0)
        throw TareError(TareError::Kind::Internal, tr("%1: finished after it was closed").arg(m_path));
    flushBuffer();
    const bool stream = m_temporaryPath.isEmpty();
    // Streams (a terminal, a pipe, /dev/full) cannot be synced; the write errors above are what counts.
    if (::fsync(m_fd) != 0 && !(stream && (errno == EINVAL || errno == ENOTSUP || errno == EROFS)))
        fail(tr("cannot write"), errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0 && errno != EINTR)
        fail(tr("cannot write"), errno);
    m_finished = true;
}

void AtomicFileWriter::commit()
{
    if (m_committed)
        return;
    finishWriting();
    if (!m_temporaryPath.isEmpty()) {
        const int error = m_replacing ? (::rename(encoded(m_temporaryPath).constData(), encoded(m_path).constData()) == 0 ? 0 : errno)
                                      : renameWithoutReplacing(m_temporaryPath, m_path);
        if (error == EEXIST) {
            removeTemporary();
            throw TareError(TareError::Kind::Usage,
                            tr("%1: was created by someone else while Tare wrote it; it was not replaced").arg(m_path));
        }
        if (error != 0)
            fail(tr("cannot rename the finished file into place"), error);
        m_temporaryPath.clear();
        // Make the rename itself durable; not every file system can sync a folder.
        const int folder = ::open(encoded(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (folder >= 0) {
            ::fsync(folder);
            ::close(folder);
        }
    }
    m_committed = true;
}

void AtomicFileWriter::discard()
{
    removeTemporary();
}

void AtomicFileWriter::fail(const QString& action, int error)
{
    removeTemporary();
    throw TareError(TareError::Kind::Io, tr("%1: %2: %3").arg(m_path, action, systemReason(error)));
}

void AtomicFileWriter::removeTemporary()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporaryPath.isEmpty()) {
        ::unlink(encoded(m_temporaryPath).constData());
        m_temporaryPath.clear();
    }
}

int AtomicFileWriter::renameWithoutReplacing(const QString& from, const QString& to)
{
    const QByteArray source = encoded(from);
    const QByteArray target = encoded(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    // A file system without RENAME_NOREPLACE: a hard link fails with EEXIST just the same.
    if (::link(source.constData(), target.constData()) != 0)
        return errno;
    ::unlink(source.constData());
    return 0;
}

} // namespace tare
