// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tare {

class SqliteConnection;

/// The project file's schema and its forward migrations. Version N is reached from N-1 by
/// migration step N; a new file runs every step. The version lives in PRAGMA user_version and
/// the file is marked as Tare's by PRAGMA application_id.
namespace ProjectSchema {

constexpr int CurrentVersion = 9;
constexpr int ApplicationId = 0x54617265; // "Tare"

/// The SQL that takes a file from version - 1 to version (1 creates the first schema). migrate()
/// also moves data the SQL cannot: after step 8, the vectors of version 1's `document_vectors`
/// into the chunks of `document_vector_chunks` (step 9 then drops the old table).
const char* migrationSql(int version);

/// Applies the steps after `fromVersion` up to CurrentVersion in one transaction. When another
/// process migrated the file meanwhile (two creators of one new project), nothing is applied
/// twice: a file that reached CurrentVersion is left to it, anything else is a TareError(Io)
/// saying that another Tare process is changing the file.
void migrate(SqliteConnection& connection, int fromVersion);

/// Refuses (TareError(Input) naming `path`) a file marked as a Tare project whose tables or
/// columns are not those of the current schema (damaged, or written by another program).
/// `unchanged` adds that the file was left as it was.
void checkTables(SqliteConnection& connection, const QString& path, bool unchanged);

/// Refuses (TareError(Input) naming `path` and the object; the file is not changed) a file that
/// holds schema objects that run SQL of their own and that Tare's schema of `version` does not
/// define: triggers, views, and virtual tables other than Tare's own full-text index. Checked
/// before anything is written, whatever the version.
void checkNoForeignCode(SqliteConnection& connection, const QString& path, int version);

} // namespace ProjectSchema
} // namespace tare
