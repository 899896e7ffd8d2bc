// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tare {

/// A project file that an import creates: it is built under a temporary name beside the target
/// (same folder, created exclusively, so no other process ever writes it) and put in place only
/// when the import has succeeded, with a rename that never replaces a file that appeared
/// meanwhile. A failed or cancelled import therefore deletes only what it made itself, never a
/// project another process created at the same path, and never a symbolic link: a dangling link
/// as the target makes the project appear where the link points. Use from one thread.
class NewProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(tare::NewProjectFile)

public:
    /// Creates the (empty) temporary file; throws TareError(Io) when the folder is not writable.
    explicit NewProjectFile(const QString& target);
    /// Removes the temporary file and its -wal, -shm and -journal unless published.
    ~NewProjectFile();
    NewProjectFile(const NewProjectFile&) = delete;
    NewProjectFile& operator=(const NewProjectFile&) = delete;

    /// Where the import writes (open it with ProjectStore::OpenMode::CreateIfMissing; close it
    /// before publish()).
    const QString& temporaryPath() const { return m_temporaryPath; }
    /// The path the project will have (the target, or where a dangling link as the target points).
    const QString& finalPath() const { return m_finalPath; }

    /// Makes the finished file self-contained (WAL checkpointed into it) and renames it to the
    /// final path. Returns false, removing nothing but the temporary file, when a file appeared
    /// at that path meanwhile (another process created the project first); throws TareError(Io)
    /// on other failures.
    bool publish();

private:
    void removeTemporary();

    QString m_finalPath;
    QString m_temporaryPath;
    bool m_published = false;
};

} // namespace tare
