// SPDX-FileCopyrightText: 2026 The Tare authors
// SPDX-License-Identifier: MIT
#pragma once

namespace tare {

class SqliteConnection;

/// The project file's schema and its forward migrations. Version N is reached from N-1 by
/// migration step N; a new file runs every step. The version lives in PRAGMA user_version and
/// the file is marked as Tare's by PRAGMA application_id.
namespace ProjectSchema {

constexpr int CurrentVersion = 4;
constexpr int ApplicationId = 0x54617265; // "Tare"

/// The SQL that takes a file from version - 1 to version (1 creates the first schema).
const char* migrationSql(int version);

/// Applies the steps after `fromVersion` up to CurrentVersion in one transaction.
void migrate(SqliteConnection& connection, int fromVersion);

} // namespace ProjectSchema
} // namespace tare
