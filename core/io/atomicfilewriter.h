// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringBuilder>

namespace tare {

/// Writes one output file (an export, a report) so that it appears whole or not at all, and says
/// why when it cannot: the bytes go to a temporary file beside the target (same folder, so the
/// final rename stays on one file system), every write and the close are checked, the data is
/// fsync'ed, and only then is the temporary file renamed over the target. Errors are
/// TareError(Io) naming the target and the system's reason ("No space left on device", "File
/// too large"); a writer that is destroyed without commit() removes its temporary file.
///
/// An existing target is replaced only when asked (Existing::Replace); a symbolic link is then
/// replaced by the new file and whatever it pointed to is left alone. A target that is a
/// character device or a pipe (/dev/stdout, /dev/full, a FIFO) cannot be replaced atomically: it
/// is written directly, with the same checks. Use from one thread.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(tare::AtomicFileWriter)

public:
    enum class Existing
    {
        Refuse,  ///< an existing file or link at the path is an error (TareError(Usage))
        Replace, ///< an existing file or link is replaced (the user said --force, or confirmed)
    };

    /// Opens the temporary file (or the stream); throws TareError(Usage) when the target exists
    /// and `existing` is Refuse, TareError(Io) when it cannot be created.
    explicit AtomicFileWriter(const QString& path, Existing existing = Existing::Refuse);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    /// Appends bytes (buffered); throws TareError(Io) with the system's reason when a write fails.
    void write(QByteArrayView bytes);
    template<typename A, typename B>
    void write(const QStringBuilder<A, B>& bytes)
    {
        write(QByteArrayView(QByteArray(bytes)));
    }
    /// Flushes, fsyncs and closes: every step that can fail for lack of space. Exports of several
    /// files call it on each before committing any, so they appear together or not at all.
    void finishWriting();
    /// finishWriting() when not done yet, then renames into place; throws TareError(Io) on any
    /// failure (the temporary file is then removed and the target left as it was).
    void commit();
    /// Drops what was written: the temporary file is removed, the target left as it was.
    void discard();

    const QString& path() const { return m_path; }
    qint64 bytesWritten() const { return m_written; }

    /// Checks a target before anything is written (for exports of several files that must all
    /// be allowed before the first is written); throws like the constructor.
    static void checkTarget(const QString& path, Existing existing);
    /// Renames `from` to `to` unless `to` exists (even as a dangling link): 0 on success, else
    /// the errno (EEXIST when `to` was there). Both must be in one file system.
    static int renameWithoutReplacing(const QString& from, const QString& to);

private:
    void flushBuffer();
    [[noreturn]] void fail(const QString& action, int error);
    void removeTemporary();

    QString m_path;
    QString m_temporaryPath; ///< empty when writing a stream directly
    int m_fd = -1;
    QByteArray m_buffer;
    qint64 m_written = 0;
    bool m_committed = false;
    bool m_finished = false;
    bool m_replacing = false;
    unsigned m_keepMode = 0; ///< permissions of the file being replaced (0: the umask's default)
};

} // namespace tare
